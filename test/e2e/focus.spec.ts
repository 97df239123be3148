import { expect, test } from './fixtures';
import { KABULOV, SEED, focusSpeaker, loadSeed, quoteIds, quotations, routeParams, speakerId } from './seed';

test('focusing Zamir Kabulov from the sidebar dims everyone else', async ({ page }) => {
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  // Nobody is dimmed before a focus.
  await expect(page.locator('[data-quote-kind][data-dimmed]')).toHaveCount(0);

  await focusSpeaker(page, KABULOV);
  await expect.poll(() => routeParams(page.url()).get('speaker')).toBe(kabulov);

  const his = seed.quotes.filter((q) => q.speakerId === kabulov).map((q) => q.id);
  const others = seed.quotes.filter((q) => q.speakerId !== kabulov).map((q) => q.id);
  await expect.poll(() => quoteIds(page, '[data-dimmed]')).toEqual(others);
  expect(await quoteIds(page, ':not([data-dimmed])')).toEqual(his);

  // Dimmed is seen, not only marked: a dimmed quotation loses its highlight.
  const look = (id: string) =>
    page.locator(`[data-quote-id="${id}"]`).evaluate(async (el) => {
      // After any colour transition has run its course.
      await Promise.all(el.getAnimations().map((a) => a.finished));
      const s = getComputedStyle(el);
      return `${s.color} ${s.backgroundColor} ${s.borderBottomColor} ${s.opacity}`;
    });
  const otherId = others[0] ?? '';
  const dimmedLook = await look(otherId);
  await page.goto(`#/a/${SEED.id}`);
  await expect(page.locator('[data-quote-kind][data-dimmed]')).toHaveCount(0);
  expect(await look(otherId)).not.toBe(dimmedLook);
});
