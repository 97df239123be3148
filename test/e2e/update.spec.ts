// A new build reaches a reader who has the app installed: the service worker notices the new version,
// the page offers "A new version is ready — Reload", and reloading keeps the reader's place and settings.
// The journey runs its own static server, so that it can swap the build under the page: the second build
// is the first with a changed index.html, and a service worker that says so (as `vite build` would write).

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { Guard, expect, test } from './fixtures';
import { createStaticServer } from './serve';
import { KABULOV, SEED, loadSeed, quotations, speakerId } from './seed';

const SUBFOLDER = '/sub/verbatim/';
const BUILD = 'dist';
const INDEX_REVISION = /(\{url:"index\.html",revision:")([0-9a-f]+)(")/;

/** The first paragraph whose bottom is below the sticky header: where the reader is. */
const firstParagraphInView = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const p = [...document.querySelectorAll<HTMLElement>('[data-paragraph]')].find(
      (el) => el.getBoundingClientRect().bottom > header + 1,
    );
    return p?.dataset['paragraph'] ?? null;
  });

test('a new version is offered, and reloading into it keeps the place and the settings', async ({
  browser,
}) => {
  const work = await mkdtemp(join(tmpdir(), 'verbatim-update-'));
  const next = join(work, 'next');
  await cp(BUILD, next, { recursive: true });
  const html = await readFile(join(next, 'index.html'), 'utf8');
  await writeFile(
    join(next, 'index.html'),
    html.replace('<title>', '<meta name="verbatim-build" content="next" />\n    <title>'),
  );
  const sw = await readFile(join(next, 'sw.js'), 'utf8');
  expect(sw).toMatch(INDEX_REVISION);
  await writeFile(join(next, 'sw.js'), sw.replace(INDEX_REVISION, '$1next$3'));

  let folder = BUILD;
  const server = createStaticServer(() => folder, SUBFOLDER);
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const origin = `http://localhost:${String((server.address() as AddressInfo).port)}`;
  const context = await browser.newContext({ baseURL: `${origin}${SUBFOLDER}` });
  const guard = new Guard(origin);
  await guard.watch(context);
  try {
    const page = await context.newPage();
    const seed = await loadSeed(page);
    const route = `#/a/${SEED.id}?speaker=${speakerId(seed, KABULOV)}`;

    // One visit, with a service worker in control.
    await page.goto(route);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await expect(quotations(page)).toHaveCount(SEED.quoteCount);

    // The reader's settings and place: dark theme, halfway down the article.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.locator('[data-paragraph="6"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect
      .poll(() => page.evaluate((id) => localStorage.getItem(`verbatim:position:${id}`), SEED.id))
      .not.toBeNull();
    const place = await firstParagraphInView(page);
    expect(place).not.toBe('0');

    // The host publishes a new build; the browser checks for updates (it does on navigation, or now).
    folder = next;
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toBeVisible();
    // Nothing changes until the reader says so.
    await expect(page.locator('meta[name="verbatim-build"]')).toHaveCount(0);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="verbatim-build"]')).toHaveAttribute('content', 'next');
    expect(new URL(page.url()).hash).toBe(route);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(quotations(page)).toHaveCount(SEED.quoteCount);
    await expect.poll(() => firstParagraphInView(page)).toBe(place);
    await expect(prompt).toHaveCount(0);
    await guard.check();
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
    await rm(work, { recursive: true, force: true });
  }
});
