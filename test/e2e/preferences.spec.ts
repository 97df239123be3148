// What the reader's system asks for: less motion, a dark or light scheme, a zoomed page.

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { SEED, quotations } from './seed';
import { sidewaysScroll } from './targets';

async function openSeed(page: Page): Promise<void> {
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
}

const motion = (page: Page) =>
  quotations(page)
    .first()
    .evaluate((el) => ({
      transition: getComputedStyle(el).transitionDuration,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    }));

test('less motion: no transitions, and stepping to a quotation jumps there', async ({ page }) => {
  await openSeed(page);
  // Without the preference the quotations fade between states (so the check below can fail).
  expect((await motion(page)).transition).not.toMatch(/^0s$|^1e-05s$/);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion(page)).toEqual({ transition: '1e-05s', scroll: 'auto' });
  // The last quotation is far below: j from the one before lands at once, with no scroll still running.
  await quotations(page)
    .nth(SEED.quoteCount - 2)
    .focus();
  await page.keyboard.press('j');
  const at = await page.evaluate(() => window.scrollY);
  await expect(quotations(page).last()).toBeInViewport();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => window.scrollY)).toBe(at);
});

test('the system colour scheme is followed until the reader picks a theme', async ({ page }) => {
  const page_ = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSeed(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page_();
  // A change of the system's scheme applies at once.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page_()).not.toBe(dark);
  // A chosen theme wins over the system's.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test.describe('at 200 % zoom', () => {
  // A 1280 × 800 window zoomed to 200 % lays out as 640 × 400 CSS pixels.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, isMobile: false, hasTouch: false });

  test('nothing scrolls sideways and a card opens whole in the window', async ({ page }) => {
    // A card for every quotation.
    test.slow();
    await openSeed(page);
    expect(await sidewaysScroll(page)).toBe(0);
    const card = page.getByRole('dialog', { name: /^Speaker/ });
    const header = await page.getByRole('banner').boundingBox();
    // Every quotation, reached with j as a keyboard reader does (the scroll to it is still running when
    // the card opens): its card is inside the window, below the header.
    for (let i = 0; i < SEED.quoteCount; i += 1) {
      await page.keyboard.press('j');
      await expect(quotations(page).nth(i)).toBeFocused();
      await expect(card).toBeVisible();
      await expect
        .poll(async () => {
          const box = await card.boundingBox();
          if (!box || !header) return 'no box';
          const top = box.y >= header.y + header.height;
          const bottom = box.y + box.height <= 400;
          return top && bottom ? 'inside' : `${String(box.y)}..${String(box.y + box.height)}`;
        })
        .toBe('inside');
    }
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
