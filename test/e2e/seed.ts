// What the journeys know about the seed article, and the steps several of them take.
// Speaker ids and quotation ids come from the built article itself, so that the journeys check the page
// against the data it was drawn from rather than against numbers copied here.

import type { Locator, Page } from '@playwright/test';

import { Article } from '@/content/schema';

import { expect } from './fixtures';

export const SEED = {
  id: 'seed',
  // Derived from the lead: the seed has no headline.
  title: /^The U\.S\. counterinsurgency campaign against the Taliban/,
  quoteCount: 10,
  speakers: ['Zamir Kabulov', 'Ashraf Ghani', 'Taliban'],
} as const;

export const KABULOV = 'Zamir Kabulov';

/** The seed as the app loads it (relative to the page, as the app fetches it). */
export async function loadSeed(page: Page): Promise<Article> {
  const response = await page.request.get(`content/articles/${SEED.id}.json`);
  expect(response.ok()).toBe(true);
  return Article.parse(await response.json());
}

export function speakerId(article: Article, name: string): string {
  const speaker = article.speakers.find((s) => s.name === name);
  if (!speaker) throw new Error(`The seed has no speaker named ${name}`);
  return speaker.id;
}

/** Every highlighted quotation: the DOM contract's element. */
export const quotations = (page: Page): Locator => page.locator('[data-quote-kind]');

/** The speakers landmark. */
export const speakersPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Speakers' });

/**
 * The speakers landmark, opened: on narrow screens it may be a sheet or drawer that starts closed, in
 * which case a button inside the landmark opens it.
 */
export async function openSpeakers(page: Page): Promise<Locator> {
  const panel = speakersPanel(page);
  await expect(panel).toBeAttached();
  const opener = panel.locator('button[aria-expanded="false"]').first();
  if (await opener.isVisible()) await opener.click();
  return panel;
}

/** Closes the speakers sheet if there is one and it is open, so that the article is in view again. */
export async function closeSpeakers(page: Page): Promise<void> {
  const toggle = speakersPanel(page).locator('button[aria-expanded="true"]').first();
  if (await toggle.isVisible()) await toggle.click();
}

/** Focuses the reader on one speaker from the sidebar: their button, named by their name alone. */
export async function focusSpeaker(page: Page, name: string): Promise<void> {
  const panel = await openSpeakers(page);
  await panel.getByRole('button', { name, exact: true }).click();
  await closeSpeakers(page);
}

/** Ids of the quotations matching `selector` (`[data-dimmed]`, `[data-current]`), in document order. */
export const quoteIds = (page: Page, selector = ''): Promise<string[]> =>
  page
    .locator(`[data-quote-kind]${selector}`)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['quoteId'] ?? ''));

/** The article route's query parameters in the current URL (the hash holds the route). */
export function routeParams(url: string): URLSearchParams {
  const hash = new URL(url).hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}
