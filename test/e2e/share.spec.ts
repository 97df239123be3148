import { expect, test } from './fixtures';
import { KABULOV, SEED, focusSpeaker, loadSeed, quoteIds, quotations, routeParams, speakerId } from './seed';

test('a shared link opens the same view elsewhere', async ({ page, newGuardedPage }) => {
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  // A quotation of his far down the article, so that landing on it needs a scroll.
  const target = seed.quotes.filter((q) => q.speakerId === kabulov).at(-1);
  if (!target) throw new Error('The seed quotes nobody');

  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  await focusSpeaker(page, KABULOV);
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBe(kabulov);
  await page.locator(`[data-quote-id="${target.id}"]`).click();
  await expect.poll(() => routeParams(page.url()).get('quote')).toBe(target.id);

  const shared = page.url();
  const dimmed = await quoteIds(page, '[data-dimmed]');
  expect(dimmed).not.toEqual([]);

  // Somewhere else: a fresh context, no history, no storage.
  const other = await newGuardedPage();
  await other.goto(shared);
  await expect(other.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await expect(quotations(other)).toHaveCount(SEED.quoteCount);
  expect(await quoteIds(other, '[data-dimmed]')).toEqual(dimmed);
  const landed = other.locator(`[data-quote-id="${target.id}"]`);
  await expect(landed).toBeInViewport();
  await expect(landed).toBeFocused();
  expect(await quoteIds(other, '[data-current]')).toEqual([target.id]);
});
