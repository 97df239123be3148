// Phones (the Pixel- and iPhone-sized projects): every view fits 320 px, every target takes a finger, the
// speakers open as a bottom sheet, search works with the on-screen keyboard up, and the fixed bars keep
// clear of the notch and the home indicator.

import { expect, test } from './fixtures';
import { SEED, quotations, speakersPanel } from './seed';
import { sidewaysScroll, smallTargets } from './targets';
import { VIEWS } from './views';

test('no view scrolls sideways at 320 px', async ({ page, guard }) => {
  // Every view in turn: a dozen page loads.
  test.slow();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const view of VIEWS) {
    await view.open(page);
    expect(await sidewaysScroll(page), view.name).toBe(0);
    if (view.logs) guard.take(view.logs);
  }
});

test('every target on every view is at least 44 × 44 px', async ({ page, guard }) => {
  test.slow();
  for (const view of VIEWS) {
    await view.open(page);
    expect(await smallTargets(page), view.name).toEqual([]);
    if (view.logs) guard.take(view.logs);
  }
});

test('the speakers open as a sheet from the bottom, and close', async ({ page }) => {
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  const panel = speakersPanel(page);
  const toggle = panel.getByRole('button', { name: `Speakers (${String(SEED.speakers.length)})` });
  const heading = panel.getByRole('heading', { name: 'Speakers' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(heading).toBeHidden();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(heading).toBeInViewport();
  // Along the bottom edge of the window, focus inside it.
  const viewport = page.viewportSize();
  const sheet = await panel.locator(':scope > div').last().boundingBox();
  expect(Math.round((sheet?.y ?? 0) + (sheet?.height ?? 0))).toBe(viewport?.height);
  await expect(panel.getByRole('button', { name: 'Close speakers' })).toBeFocused();

  // Escape closes it, and focus goes back to the toggle.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  // So does the close button, and a tap on the page above it.
  await toggle.click();
  await panel.getByRole('button', { name: 'Close speakers' }).click();
  await expect(heading).toBeHidden();
  await toggle.click();
  await expect(heading).toBeInViewport();
  await page.touchscreen.tap(10, 100);
  await expect(heading).toBeHidden();
});

test('search works with the on-screen keyboard taking half the screen', async ({ page }) => {
  const width = page.viewportSize()?.width ?? 390;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  // What is left of the window above a phone's keyboard.
  await page.setViewportSize({ width, height: 400 });
  const field = page.getByRole('combobox', { name: 'Search' });
  await field.tap();
  await field.pressSequentially('Kabulov');
  await expect(field).toBeInViewport();
  const first = page.getByRole('option').first();
  await expect(first).toBeInViewport();
  // The keyboard's search key: every result, the first one in view.
  await field.press('Enter');
  await expect(page.getByRole('main').getByRole('link', { name: SEED.title })).toBeInViewport();
  expect(await sidewaysScroll(page)).toBe(0);
});

test('the fixed bars keep clear of the notch and the home indicator', async ({ page }) => {
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  // The page extends under the notch only when told to, and must then pad its bars itself.
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /viewport-fit=cover/);
  const insets = { top: 47, bottom: 34, left: 0, right: 0 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });

  const header = await page.getByRole('banner').evaluate((el) => getComputedStyle(el).paddingTop);
  expect(header).toBe(`${String(insets.top)}px`);
  // The speakers bar's button sits above the home indicator.
  const toggle = speakersPanel(page).getByRole('button', { name: /^Speakers/ });
  const box = await toggle.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height - insets.bottom);
  // So does the find bar's field.
  await page.getByRole('button', { name: 'Find in article' }).click();
  const find = await page.getByRole('searchbox', { name: 'Find in article' }).boundingBox();
  expect((find?.y ?? 0) + (find?.height ?? 0)).toBeLessThanOrEqual(height - insets.bottom);
});
