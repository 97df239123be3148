import { expect, test } from './fixtures';
import { SEED } from './seed';

test('the library lists the seed and opens it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  const link = page.getByRole('link', { name: SEED.title });
  await expect(link).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: link });
  await expect(card).toContainText(`${String(SEED.quoteCount)} quotations`);

  await link.click();
  await expect(page).toHaveURL(/\/sub\/verbatim\/#\/a\/seed$/);
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
});

test('an unknown route shows what was asked for, with the way back', async ({ page }) => {
  await page.goto('#/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});
