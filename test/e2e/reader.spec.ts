import { expect, test } from './fixtures';
import { KABULOV, SEED, loadSeed, openSpeakers, quotations, speakerId } from './seed';

test('the seed shows every quotation highlighted with its speaker', async ({ page }) => {
  const seed = await loadSeed(page);
  await page.goto(`#/a/${SEED.id}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();

  // One element per quotation (none of the seed's runs over a paragraph), the nested one included.
  const quotes = quotations(page);
  await expect(quotes).toHaveCount(SEED.quoteCount);
  expect(seed.quotes).toHaveLength(SEED.quoteCount);
  const nested = quotations(page).locator('[data-quote-kind]');
  await expect(nested).toHaveCount(1);

  // Each carries its kind and its speaker, as the analysis says.
  const drawn = await quotes.evaluateAll((els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-quote-kind'),
      speaker: el.getAttribute('data-speaker'),
    })),
  );
  expect(drawn).toEqual(seed.quotes.map((q) => ({ kind: q.kind, speaker: q.speakerId })));

  const kabulov = speakerId(seed, KABULOV);
  const kabulovQuotes = seed.quotes.filter((q) => q.speakerId === kabulov);
  expect(kabulovQuotes.length).toBeGreaterThan(SEED.quoteCount / 2);
  await expect(page.locator(`[data-quote-kind][data-speaker="${kabulov}"]`)).toHaveCount(
    kabulovQuotes.length,
  );

  // Highlighted: a quotation looks different from the text around it.
  const first = quotes.first();
  await expect(first).toBeVisible();
  const looks = await first.evaluate((el) => {
    const style = getComputedStyle(el);
    const around = getComputedStyle(el.parentElement ?? el);
    return {
      marked:
        style.backgroundColor !== around.backgroundColor ||
        style.borderBottomStyle !== 'none' ||
        style.textDecorationLine !== 'none',
    };
  });
  expect(looks.marked).toBe(true);

  // The speakers, by name, in their landmark.
  const panel = await openSpeakers(page);
  for (const name of SEED.speakers)
    await expect(panel.getByText(name, { exact: true }).first()).toBeVisible();
});
