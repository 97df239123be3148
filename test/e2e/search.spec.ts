import { expect, test } from './fixtures';
import { KABULOV, SEED, quotations } from './seed';

const QUERY = 'Doha';

test('searching "Doha" lands on the match in the article', async ({ page }) => {
  await page.goto('./');
  // The contract: an input of type search named "Search" (a combobox when it suggests as one types).
  const field = page.locator('header input[type="search"]');
  await expect(field).toHaveAccessibleName('Search');
  await field.fill(QUERY);
  await field.press('Enter');

  // Results: the seed, with the match in a snippet; opening it goes to the article at the match.
  const result = page.getByRole('main').getByRole('link').filter({ hasText: QUERY }).first();
  await expect(result).toBeVisible();
  await result.click();

  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/a/${SEED.id}\\?`));
  // The word itself, marked as the search hit and scrolled into view.
  const landed = page.locator('mark[data-search-hit]').filter({ hasText: QUERY }).first();
  await expect(landed).toBeInViewport();
});

test('searching, narrowing to a speaker and opening a result', async ({ page }) => {
  await page.goto('./');
  const field = page.locator('header input[type="search"]');
  await field.fill(QUERY);
  await field.press('Enter');
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText('1 article');

  // On a phone the filters start folded away; the summary opens them from the keyboard or by touch.
  const speaker = main.getByLabel('Speaker', { exact: true });
  if (!(await speaker.isVisible())) await main.getByText('Filters', { exact: true }).click();
  await speaker.selectOption(KABULOV);
  await expect(page).toHaveURL(/speaker=Zamir\+Kabulov/);
  await expect(page).toHaveURL(/q=Doha/);
  await expect(main.getByRole('status')).toHaveText('1 article, filtered from 1');
  await expect(main.getByRole('button', { name: `Remove filter: Speaker: ${KABULOV}` })).toBeVisible();

  const result = main.getByRole('link').filter({ hasText: QUERY }).first();
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/a/${SEED.id}\\?`));
});
