// After one visit the app works with the network off: the service worker (src/content/pwa.ts) has
// precached the shell, the catalog, the articles and the search index.

import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { KABULOV, SEED, loadSeed, quotations } from './seed';

/** One visit: the service worker installed (everything precached), then a reload so it controls the page. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** Whether the page can still reach the server for something nobody cached. */
const reachesServer = (page: Page): Promise<boolean> =>
  page.evaluate(() =>
    fetch(`robots.txt?uncached=${String(Date.now())}`, { cache: 'no-store' }).then(
      (r) => r.ok,
      () => false,
    ),
  );

test('after one visit the app opens, navigates, follows a deep link and searches offline', async ({
  page,
  context,
  guard,
}) => {
  const seed = await loadSeed(page);
  const quote = seed.quotes.at(-1);
  if (!quote) throw new Error('The seed quotes nobody');
  await visitOnce(page);

  await context.setOffline(true);
  // Truly offline: what the service worker does not hold fails.
  expect(await reachesServer(page)).toBe(false);
  // The browser logs that failure; it must be the only request that fails from here on.
  await expect.poll(() => guard.take(/ERR_INTERNET_DISCONNECTED/)).toHaveLength(1);

  // Opens.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  // Navigates: library → article.
  await page.getByRole('link', { name: SEED.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);

  // Follows a deep link to a quotation, in a new tab.
  const tab = await context.newPage();
  await tab.goto(`#/a/${SEED.id}?quote=${quote.id}`);
  const landed = tab.locator(`[data-quote-id="${quote.id}"]`);
  await expect(landed).toBeFocused();
  await expect(landed).toBeInViewport();

  // Searches: the index is precached too.
  const field = tab.getByRole('combobox', { name: 'Search' });
  await field.fill('Doha');
  await field.press('Enter');
  await expect(tab.getByRole('main').getByRole('link').filter({ hasText: 'Doha' }).first()).toBeVisible();

  await context.setOffline(false);
  expect(await reachesServer(page)).toBe(true);
});

test('offline, a speaker’s page opens from search and its quotations and a search’s still download', async ({
  page,
  context,
  guard,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  expect(await reachesServer(page)).toBe(false);
  await expect.poll(() => guard.take(/ERR_INTERNET_DISCONNECTED/)).toHaveLength(1);

  // A search, its quotations as a file, and from its speaker hit to the speaker's page.
  await page.goto(`#/search?q=${encodeURIComponent(KABULOV)}`);
  const main = page.getByRole('main');
  const found = main.getByRole('group', { name: 'Download the quotations found:' });
  const [searchFile] = await Promise.all([
    page.waitForEvent('download'),
    found.getByRole('button', { name: /CSV/ }).click(),
  ]);
  expect(await readFile(await searchFile.path(), 'utf8')).toContain(`${KABULOV},`);
  await main
    .getByRole('link', { name: `All quotations by ${KABULOV}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: KABULOV })).toBeVisible();

  const [speakerFile] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'JSON' }).click(),
  ]);
  const json = JSON.parse(await readFile(await speakerFile.path(), 'utf8')) as { quotations: unknown[] };
  expect(json.quotations.length).toBeGreaterThan(0);
  await context.setOffline(false);
});
