// A hostile article, built by the real content pipeline (test/e2e/hostile/, served by its own static
// server, see playwright.config.ts): markup, event handlers, `javascript:` links and template tricks in
// the title, front matter, text and quotations must render as the inert text they are. The guard fails
// the journey on any dialog or CSP violation; this journey also checks that nothing ran and nothing
// became markup.

import { readFileSync } from 'node:fs';

import { expect, test } from './fixtures';

const SOURCE = readFileSync(new URL('hostile/hostile.txt', import.meta.url), 'utf8');
const BODY = SOURCE.slice(SOURCE.indexOf('\n---\n') + 5);
const PARAGRAPHS = BODY.split('\n\n').map((p) => p.trim());

test('a hostile article renders as text: nothing runs, nothing becomes markup', async ({ page }) => {
  await page.goto('./');
  const link = page.getByRole('link', { name: /Council "quotes"/ });
  await expect(link).toContainText("<script>window.__pwned = 'title'");
  await link.click();

  const article = page.locator('main article').first();
  await expect(article.getByRole('heading', { level: 1 })).toContainText('<script>');
  // Each paragraph's text is the source's, character for character (quotation badges and screen-reader
  // labels are not text of the article).
  await expect(page.locator('[data-quote-kind]').first()).toBeVisible();
  const shown = await article.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[aria-hidden="true"], [data-sr]').forEach((el) => el.remove());
    return clone.textContent ?? '';
  });
  for (const paragraph of PARAGRAPHS.slice(1)) expect(shown).toContain(paragraph);

  // Nothing the article wrote became an element or a link.
  expect(await article.locator('img, svg, script, iframe, object, embed').count()).toBe(0);
  expect(
    await page.locator('main a[href^="javascript:"], main [onerror], main [onload], main [onclick]').count(),
  ).toBe(0);
  // Quotations were still found, with markup among their words, shown as text.
  await expect(page.locator('[data-quote-kind]').filter({ hasText: 'onerror=' }).first()).toBeVisible();

  // Hover and focus every quotation (cards render speaker names and text too), then search the payload.
  for (const quote of await page.locator('[data-quote-kind]').all()) await quote.hover();
  await page.keyboard.press('j');
  const field = page.locator('header input[type="search"]');
  await field.fill('onerror');
  await expect(page.getByRole('option').first()).toContainText('onerror');

  expect(await page.evaluate(() => (window as Window & { __pwned?: string }).__pwned)).toBeUndefined();
});
