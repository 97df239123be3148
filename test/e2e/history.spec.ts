import { expect, test } from './fixtures';
import { KABULOV, SEED, focusSpeaker, loadSeed, quotations, routeParams, speakerId } from './seed';

test('back and forward step through library, article and focus', async ({ page }) => {
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  const library = page.getByRole('heading', { level: 1, name: 'Library' });
  const article = page.getByRole('heading', { level: 1, name: SEED.title });
  const dimmed = page.locator('[data-quote-kind][data-dimmed]');

  await page.goto('./');
  await expect(library).toBeVisible();
  await page.getByRole('link', { name: SEED.title }).click();
  await expect(article).toBeVisible();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  await focusSpeaker(page, KABULOV);
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBe(kabulov);
  await expect(dimmed).not.toHaveCount(0);

  await page.goBack();
  await expect(article).toBeVisible();
  expect(routeParams(page.url()).get('speaker')).toBeNull();
  await expect(dimmed).toHaveCount(0);

  await page.goBack();
  await expect(library).toBeVisible();

  await page.goForward();
  await expect(article).toBeVisible();
  await expect(dimmed).toHaveCount(0);

  await page.goForward();
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBe(kabulov);
  await expect(dimmed).not.toHaveCount(0);
});
