// The README opens with this screenshot of the reader. It is written to the tracked file only on request
// (`UPDATE_README_SHOT=1 npx playwright test readme-shot`), so that running the tests never dirties the tree.

import { fileURLToPath } from 'node:url';

import { expect, test } from './fixtures';
import { SEED, quotations } from './seed';

const README_SHOT = fileURLToPath(new URL('./__screenshots__/reader-desktop.png', import.meta.url));

test('the reader, as the README shows it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'The README shows the desktop reader');
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  // Tall enough to show direct and indirect quotations below the title.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto(`#/a/${SEED.id}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  // The first screen shows highlighted quotations of both main kinds and the speakers beside them.
  await expect(page.locator('[data-quote-kind="indirect"]').first()).toBeInViewport();
  await expect(page.locator('[data-quote-kind="direct"]').first()).toBeInViewport();
  await expect(page.getByRole('complementary', { name: 'Speakers' })).toBeInViewport();

  const shot = await page.screenshot();
  await testInfo.attach('reader-desktop', { body: shot, contentType: 'image/png' });
  if (process.env['UPDATE_README_SHOT'] === '1') await page.screenshot({ path: README_SHOT });
});
