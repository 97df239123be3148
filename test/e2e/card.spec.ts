// Where the wide layout puts things around the article: the speaker card beside its quotation, the
// speakers column steady as a focus comes and goes.

import { expect, test } from './fixtures';
import { KABULOV, SEED, focusSpeaker, loadSeed, quotations, speakersPanel } from './seed';

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'the wide layout (on phones the card is a bottom sheet)');
});

test('a card opened by a link sits below its quotation, clear of the lines leading into it', async ({
  page,
}) => {
  const seed = await loadSeed(page);
  // One in the middle of the article, with text above and below it.
  const quote = seed.quotes[Math.floor(seed.quotes.length / 2)];
  if (!quote) throw new Error('The seed quotes nobody');
  await page.goto(`#/a/${SEED.id}?quote=${quote.id}`);
  const landed = page.locator(`[data-quote-id="${quote.id}"]`);
  await expect(landed).toBeFocused();
  const card = page.getByRole('dialog', { name: /^Speaker/ });
  await expect(card).toBeVisible();
  await expect
    .poll(async () => {
      const lines = await landed.evaluate((el) => [...el.getClientRects()].map((r) => r.bottom));
      const box = await card.boundingBox();
      return (box?.y ?? 0) >= Math.max(...lines);
    })
    .toBe(true);
  await expect(card).toBeInViewport({ ratio: 1 });
});

test('the Speakers heading stays put when "Clear focus" appears', async ({ page }) => {
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  const heading = speakersPanel(page).getByRole('heading', { name: 'Speakers' });
  // Where its text is (its width gives way to the button).
  const place = async () => {
    const box = await heading.boundingBox();
    return { x: box?.x, y: box?.y, height: box?.height };
  };
  const before = await place();
  await focusSpeaker(page, KABULOV);
  await expect(speakersPanel(page).getByRole('button', { name: 'Clear focus' })).toBeVisible();
  expect(await place()).toEqual(before);
});
