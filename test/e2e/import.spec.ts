// Bring your own article, on the real build: pasted text and a dropped HTML file analysed in the Web
// Worker, saved in the browser's IndexedDB, listed as Local, still there after a reload and with the
// network off (the service worker serves the app, IndexedDB the article), then deleted.

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const TITLE = 'Lighthouse keepers vote to stay on the Skerry rock';

/** Written for this test; a few paragraphs, repeated so that the analysis takes long enough to watch. */
const PARAGRAPHS = [
  'The last three keepers of the Skerry light voted on Friday to stay at their posts through the winter, ' +
    'against the advice of the coastal authority.',
  '“Somebody has to watch the rocks,” said Ines Harrow, the senior keeper. “The machines miss things.”',
  'The authority’s engineer, Paul Ostrander, said the automatic lamp had worked without fault for a year. ' +
    '“We respect their choice, but the light does not need them,” he said.',
  'Harrow said the keepers would keep a log of every ship that passed.',
];
const REPEATS = 30;
const LONG_TEXT = [TITLE, ...Array.from({ length: REPEATS }, () => PARAGRAPHS).flat()].join('\n\n');

declare global {
  interface Window {
    /** Every progress message the add view showed, in order. */
    __progressSeen?: string[];
  }
}

/**
 * Records each progress message as the page shows it: however fast the machine, every stage renders, and
 * the journey can check afterwards that the reader saw them.
 */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__progressSeen = [];
    new MutationObserver(() => {
      const text = document.querySelector(
        '[aria-labelledby="import-progress-title"] [role="status"]',
      )?.textContent;
      const seen = window.__progressSeen ?? [];
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Once the service worker controls the page, a reload offline is served from its cache. */
async function controlledBySw(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('paste an article, read it, find it in the library as Local, offline too, and delete it', async ({
  page,
  context,
}) => {
  // A long journey (install, import, reload, search, offline, delete): twice the default on a busy machine.
  test.setTimeout(60_000);
  await controlledBySw(page);
  await page.getByRole('link', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible();

  await page.getByLabel('Article text').fill(LONG_TEXT);
  await watchProgress(page);
  await page.getByRole('button', { name: 'Analyse and save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 30_000 });
  // It opens at its top, not where the add view was scrolled to for the button.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  expect(new URL(page.url()).hash).toMatch(
    /^#\/a\/local-lighthouse-keepers-vote-to-stay-on-the-skerry-ro-[a-z0-9]{6}$/,
  );
  const articleUrl = page.url();
  const quotes = page.locator('[data-quote-kind]');
  await expect(quotes.first()).toContainText('Somebody has to watch the rocks');
  // The first screen is drawn at once, the rest in chunks after it.
  await expect.poll(() => quotes.count()).toBeGreaterThanOrEqual(REPEATS * 2);

  await page.goto('./#/');
  const card = page.locator('article', { has: page.getByRole('link', { name: TITLE }) });
  await expect(card.getByText(/^Local: imported into this browser$/)).toBeVisible();

  await page.reload();
  await expect(card.getByText(/^Local: imported into this browser$/)).toBeVisible();

  // The header search finds it too.
  await page.getByRole('combobox', { name: 'Search' }).fill('Ostrander');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: new RegExp(TITLE) }).first()).toBeVisible();

  await context.setOffline(true);
  await page.goto(articleUrl);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(quotes.first()).toBeVisible();

  await page.goto('./#/');
  await card.getByRole('button', { name: `Delete “${TITLE}” from this browser` }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
  await context.setOffline(false);
});

test('a dropped HTML file is reduced to its text, runs nothing and loads nothing', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./#/add');
  const html = [
    '<!doctype html><html lang="en"><head><title>Harbour ferries resume</title>',
    '<script>document.title = "pwned"; fetch("https://tracker.example/beacon")</script>',
    '<link rel="stylesheet" href="https://cdn.example/site.css"></head><body>',
    '<nav><a href="/">Home</a></nav><article>',
    '<p onclick="alert(1)">The night ferries sailed again on Monday from the north pier.</p>',
    '<img src="https://tracker.example/pixel.png" onerror="alert(2)"><img src="pixel-here.png">',
    '<p>&ldquo;The ramp is fixed,&rdquo; said Mara Velde, the harbour master.</p>',
    '<p><a href="javascript:alert(3)">More</a></p>',
    '</article><iframe src="https://ads.example/"></iframe></body></html>',
  ].join('\n');
  await page.getByLabel('Choose a file…').setInputFiles({
    name: 'ferries.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour ferries resume' })).toBeVisible();
  await expect(page.locator('[data-quote-kind]').first()).toContainText('The ramp is fixed');
  const body = await page.locator('main').innerText();
  expect(body).not.toMatch(/alert|pwned|\bHome\b/);
  await expect(page).toHaveTitle('Verbatim');
  // The guard fails the test on any request leaving the origin; nothing in the page's own origin either.
  expect(requests.filter((url) => /pixel|beacon|site\.css|ads\./.test(url))).toEqual([]);
});

test('a share opens the add view prefilled, and leaves the address bar', async ({ page }) => {
  await page.goto(
    './?share-target&title=Keepers%20stay&text=They%20voted%20to%20stay.&url=https%3A%2F%2Fnews.example%2Fk',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible();
  await expect(page.getByLabel(/Title/)).toHaveValue('Keepers stay');
  await expect(page.getByLabel('Article text')).toHaveValue('They voted to stay.');
  await expect(page.getByText('https://news.example/k')).toBeVisible();
  const url = new URL(page.url());
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#\/add\?/);
});

test('cancel stops the import and saves nothing', async ({ page }) => {
  await page.goto('./#/add');
  // A 2 MB file (no typing to wait for) keeps the worker busy for seconds: time to press Cancel.
  const big = LONG_TEXT.repeat(Math.ceil(2_000_000 / LONG_TEXT.length));
  await page
    .getByLabel('Choose a file…')
    .setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import cancelled. Nothing was saved.')).toBeVisible();
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByText(/^Local: imported into this browser$/)).toHaveCount(0);
});
