// The whole app from the keyboard alone, as a reader who cannot or will not use a pointer goes through
// it; and what a screen reader is told about each quotation.

import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { KABULOV, SEED, loadSeed, quotations, routeParams, speakerId, speakersPanel } from './seed';

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'a keyboard journey: the desktop profile');
});

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('a keyboard-only journey through the whole app', async ({ page }) => {
  // The whole app, step by step.
  test.slow();
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  const library = page.getByRole('heading', { level: 1, name: 'Library' });
  const title = page.getByRole('heading', { level: 1, name: SEED.title });
  await page.goto('./');
  await expect(library).toBeVisible();

  // The first Tab shows the skip link, on a line of its own (not over the brand); Enter goes to the view.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const skipBox = await skip.boundingBox();
  const brandBox = await page.getByRole('link', { name: 'Verbatim' }).boundingBox();
  expect((skipBox?.y ?? 0) + (skipBox?.height ?? 0)).toBeLessThanOrEqual(brandBox?.y ?? 0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Library → article with Enter; the focus goes to the article's title.
  await tabTo(page, page.getByRole('link', { name: SEED.title }));
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();

  // j and k step through the quotations; each opens its card, which describes it.
  const quotes = quotations(page);
  await page.keyboard.press('j');
  await expect(quotes.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(quotes.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(quotes.nth(0)).toBeFocused();
  await expect.poll(() => routeParams(page.url()).get('quote')).toBe(seed.quotes[0]?.id);
  const card = page.getByRole('dialog', { name: /^Speaker/ });
  await expect(card).toBeVisible();
  await expect(quotes.nth(0)).toHaveAccessibleDescription(/Zamir Kabulov/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(quotes.nth(0)).toBeFocused();

  // A speaker focused from the sidebar, and cleared with Escape.
  const kabulovButton = speakersPanel(page).getByRole('button', { name: KABULOV, exact: true });
  await tabTo(page, kabulovButton);
  await page.keyboard.press('Enter');
  await expect(kabulovButton).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBe(kabulov);
  await expect(page.locator('[data-quote-kind][data-dimmed]')).not.toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBeNull();

  // Find: the button opens the bar in its field; Escape closes it and goes back to the button.
  const findButton = page.getByRole('button', { name: 'Find in article' });
  await tabTo(page, findButton, { back: true });
  await page.keyboard.press('Enter');
  const findField = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(findField).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(findField).toBeHidden();
  await expect(findButton).toBeFocused();

  // Settings: a disclosure that Escape closes, back on its button.
  const settings = page.getByRole('button', { name: 'Settings' });
  await tabTo(page, settings, { back: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'System' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: 'System' })).toBeHidden();
  await expect(settings).toBeFocused();

  // The shortcuts dialog: modal, closed by Escape, focus back on its button.
  const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await tabTo(page, shortcuts, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(shortcuts).toBeFocused();

  // "/" searches from anywhere; the arrows choose a suggestion, Enter opens it.
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: 'Search' });
  await expect(field).toBeFocused();
  await page.keyboard.type('Kabulov');
  // The first suggestion: the article, focused on him.
  await expect(page.getByRole('option', { name: SEED.title })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', /.+/);
  const chosen = page.locator(`[id="${(await field.getAttribute('aria-activedescendant')) ?? ''}"]`);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  await expect(chosen).toHaveAccessibleName(SEED.title);
  await page.keyboard.press('Enter');
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBe(kabulov);
  await expect(title).toBeVisible();

  // Home by the brand link: the library's heading has the focus; Back, and the article's has it.
  await tabTo(page, page.getByRole('link', { name: 'Verbatim' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(library).toBeFocused();
  await page.goBack();
  await expect(title).toBeFocused();
});

test('each quotation is announced with its speaker', async ({ page }) => {
  const seed = await loadSeed(page);
  const names = new Map(seed.speakers.map((s) => [s.id, s.name]));
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  for (const [i, quote] of seed.quotes.entries()) {
    const who = (quote.speakerId !== null && names.get(quote.speakerId)) || 'speaker unknown';
    const within = quote.parentId === null ? 'Quotation by' : 'Quotation within, by';
    // What a screen reader reads as it reaches the quotation (its text, in order; the initials badge is
    // hidden from it): who, then the words.
    const words = seed.text.slice(quote.span[0], quote.span[1]).split(/\s+/).slice(0, 3).join(' ');
    const read = await quotations(page).nth(i).ariaSnapshot();
    expect(read).toMatch(new RegExp(`^- text: "?${within} ${who}: .*${escape(words)}`));
  }
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
