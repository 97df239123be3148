// Speaker pages and export: from the sidebar to a speaker's page and back into the reader on one of their
// quotations; a citation copied from the reader's speaker card; the article's quotations as a CSV file.

import { readFile } from 'node:fs/promises';

import { expect, test } from './fixtures';
import { KABULOV, SEED, loadSeed, openSpeakers, quotations, routeParams, speakerId } from './seed';

test('from a search for a name to that speaker’s page', async ({ page }) => {
  await page.goto(`#/search?q=${encodeURIComponent(KABULOV)}`);
  await page
    .getByRole('main')
    .getByRole('link', { name: `All quotations by ${KABULOV}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: KABULOV })).toBeVisible();
  await expect(page).toHaveURL(/#\/speakers\/zamir-kabulov$/);
});

test('from the sidebar to a speaker’s page, and from there onto a quotation in the reader', async ({
  page,
}) => {
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  const theirs = seed.quotes.filter((q) => q.speakerId === kabulov).sort((a, b) => a.span[0] - b.span[0]);
  await page.goto(`#/a/${SEED.id}`);

  const panel = await openSpeakers(page);
  await panel.getByRole('button', { name: KABULOV, exact: true }).click();
  await panel.getByRole('link', { name: `All quotations by ${KABULOV}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: KABULOV })).toBeVisible();
  await expect(page).toHaveURL(/#\/speakers\/zamir-kabulov$/);
  const list = page.getByRole('region', { name: 'Quotations' });
  const links = list.getByRole('link', { name: /in the reader/ });
  await expect(links).toHaveCount(theirs.length);
  await expect(page.getByRole('region', { name: 'Quoted alongside' }).getByRole('link')).toHaveText([
    /Ashraf Ghani/,
    /Taliban/,
  ]);

  const chosen = theirs[2];
  if (!chosen) throw new Error('Kabulov has fewer than three quotations');
  await links.nth(2).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  expect(routeParams(page.url()).get('quote')).toBe(chosen.id);
  const target = quotations(page).and(page.locator(`[data-quote-id="${chosen.id}"]`));
  await expect(target).toBeInViewport();
});

test('copies a quotation with its citation from the speaker card', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  const seed = await loadSeed(page);
  const quote = seed.quotes.find((q) => q.speakerId === speakerId(seed, KABULOV) && q.kind === 'direct');
  if (!quote) throw new Error('Kabulov has no direct quotation');
  await page.goto(`#/a/${SEED.id}`);

  await page.locator(`[data-quote-id="${quote.id}"]`).click();
  const card = page.getByRole('dialog', { name: `Speaker: ${KABULOV}` });
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.getByRole('status')).toHaveText(/Copied/);

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const words = seed.text
    .slice(quote.content[0], quote.content[1])
    .trim()
    .replace(/[\s,;:]+$/, '');
  const [said, who, link] = copied.split('\n');
  expect(said).toBe(`“${words.replace(/\s+/g, ' ')}”`);
  expect(who).toMatch(new RegExp(`^— ${KABULOV}, .+\\. “The U\\.S\\. counterinsurgency campaign`));
  expect(link).toBe(new URL(`#/a/${SEED.id}?quote=${quote.id}`, page.url()).href);
});

test('downloads the article’s quotations as CSV', async ({ page }) => {
  const seed = await loadSeed(page);
  await page.goto(`#/a/${SEED.id}`);
  const panel = await openSpeakers(page);
  const group = panel.getByRole('group', { name: 'Download this article’s quotations:' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: /CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`verbatim-${SEED.id}.csv`);
  const csv = await readFile(await download.path(), 'utf8');
  expect(
    csv.startsWith('\uFEFFSpeaker,Role,Kind,Quotation,Cue,Article,Source,Date,Article URL,Link\r\n'),
  ).toBe(true);
  const records = csv.trimEnd().split('\r\n');
  // One line per quotation: none of the seed's quotations holds a line break.
  expect(records).toHaveLength(seed.quotes.length + 1);
  expect(records.filter((r) => r.startsWith(`${KABULOV},`))).toHaveLength(
    seed.quotes.filter((q) => q.speakerId === speakerId(seed, KABULOV)).length,
  );
  expect(records[1]).toContain(`#/a/${SEED.id}?quote=`);
});

test('downloads the quotations a search found as JSON', async ({ page }) => {
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  // Narrowed to him: the file holds his quotations that mention Doha, and nobody else's.
  const theirs = seed.quotes
    .filter((q) => q.speakerId === kabulov && /Doha/.test(seed.text.slice(q.content[0], q.content[1])))
    .sort((a, b) => a.span[0] - b.span[0]);
  await page.goto(`#/search?q=Doha&speaker=${encodeURIComponent(KABULOV)}`);
  const group = page.getByRole('group', { name: 'Download the quotations found:' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: 'JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('verbatim-search.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    of: string;
    quotations: { speaker: string; quotation: string; link: string }[];
  };
  expect(file.of).toBe(`Quotations found by a search for “Doha”, Speaker: ${KABULOV}`);
  expect(theirs.length).toBeGreaterThan(0);
  expect(file.quotations.map((q) => q.link)).toEqual(
    theirs.map((q) => new URL(`#/a/${SEED.id}?quote=${q.id}`, page.url()).href),
  );
  expect(file.quotations.every((q) => q.speaker === KABULOV && q.quotation.includes('Doha'))).toBe(true);
});
