// A reader corrects what the engine got wrong: reassigns a speaker, changes a kind, marks a quotation as
// none; the corrections persist across a reload and offline, are listed with Undo, and download as an
// overrides file the content build accepts.

import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { Overrides } from '@/content/corrections/schema';

import { expect, test } from './fixtures';
import { KABULOV, SEED, loadSeed, openSpeakers, closeSpeakers, quotations, speakerId } from './seed';

/** Opens a quotation's card and its correction form. */
async function correct(page: Page, quoteId: string) {
  await page.locator(`[data-quote-id="${quoteId}"]`).first().click();
  const card = page.getByRole('dialog', { name: /^Speaker/ });
  await card.getByRole('button', { name: 'Correct…' }).click();
  return card.getByRole('form', { name: 'Correct this quotation' });
}

test('corrections are made, kept offline, listed, downloaded and undone', async ({ page, context }) => {
  const seed = await loadSeed(page);
  const kabulov = speakerId(seed, KABULOV);
  const byGhani = seed.quotes.find((q) => q.speakerId === speakerId(seed, 'Ashraf Ghani'));
  const indirect = seed.quotes.find((q) => q.kind === 'indirect' && q.speakerId === kabulov);
  const last = seed.quotes.at(-1);
  if (!byGhani || !indirect || !last) throw new Error('The seed is not as this journey expects');

  // One visit, so the service worker holds the app for later.
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);

  // Reassign Ghani's quotation to Kabulov: the text, the card and the sidebar follow.
  let form = await correct(page, byGhani.id);
  await form.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: KABULOV });
  await form.getByRole('button', { name: 'Save' }).click();
  const reassigned = page.locator(`[data-quote-id="${byGhani.id}"]`);
  await expect(reassigned).toHaveAttribute('data-speaker', kabulov);
  await expect(reassigned).toHaveAttribute('data-corrected', 'true');
  await expect(reassigned).toContainText('(corrected)');
  const card = page.getByRole('dialog', { name: `Speaker: ${KABULOV}` });
  await expect(card.getByText('Corrected by you')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  const panel = await openSpeakers(page);
  await expect(panel.getByText('Also named, without a quotation: Ashraf Ghani')).toBeVisible();
  await closeSpeakers(page);

  // Change a kind.
  form = await correct(page, indirect.id);
  await form.getByRole('radio', { name: 'Direct', exact: true }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator(`[data-quote-id="${indirect.id}"]`)).toHaveAttribute('data-quote-kind', 'direct');
  // The card opens again on the quotation once it is redrawn; only then does Escape have a card to close.
  await expect(card.getByText('Corrected by you')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Not a quotation: the highlight goes, the words stay.
  form = await correct(page, last.id);
  await form.getByRole('checkbox', { name: 'Not a quotation' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount - 1);
  await expect(page.locator(`[data-quote-id="${last.id}"]`)).toHaveCount(0);
  const words = seed.text.slice(last.content[0], last.content[1]).slice(0, 40);
  await expect(page.getByRole('article')).toContainText(words);

  // Kept: after a reload, and offline.
  await page.reload();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount - 1);
  await expect(reassigned).toHaveAttribute('data-speaker', kabulov);
  await context.setOffline(true);
  await page.reload();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount - 1);
  await expect(reassigned).toHaveAttribute('data-corrected', 'true');

  // Listed, from the settings menu.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Your corrections' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your corrections' })).toBeVisible();
  const rows = page.getByRole('main').getByRole('listitem');
  await expect(rows).toHaveCount(3);

  // Downloaded as an overrides file that validates and names each correction.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download overrides file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('verbatim-overrides.json');
  const file = Overrides.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
  expect(
    file.corrections.map(({ article, speaker, kind, rejected }) => ({ article, speaker, kind, rejected })),
  ).toEqual([
    { article: SEED.id, speaker: { name: KABULOV }, kind: undefined, rejected: undefined },
    { article: SEED.id, speaker: undefined, kind: 'direct', rejected: undefined },
    { article: SEED.id, speaker: undefined, kind: undefined, rejected: true },
  ]);
  expect(file.corrections.map((c) => c.target.span)).toEqual([byGhani.span, indirect.span, last.span]);

  // Undo the rejection: the quotation is back.
  await rows.filter({ hasText: 'Not a quotation' }).getByRole('button', { name: /^Undo/ }).click();
  await expect(rows).toHaveCount(2);
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
});
