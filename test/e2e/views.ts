// Every view of the app, each opened the way a reader gets there, for the journeys that check all of them
// (axe, 320 px, touch targets). `open` returns once the view is on screen.

import type { Page } from '@playwright/test';

import { targetOf, toOverrides } from '@/content/corrections/schema';

import { expect } from './fixtures';
import { KABULOV, SEED, loadSeed, openSpeakers, quotations, speakerId } from './seed';

export interface View {
  readonly name: string;
  /** Only where the layout has it: the speakers sheet is a phone's. */
  readonly phoneOnly?: boolean;
  /** What the view logs on purpose (the guard would fail the test on it): taken off the list at the end. */
  readonly logs?: RegExp;
  readonly open: (page: Page) => Promise<void>;
}

/** A fresh load, so that nothing (an open find bar, a card) carries over from the view before. */
async function load(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

async function article(page: Page, query = ''): Promise<void> {
  await load(page, `#/a/${SEED.id}${query}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
}

async function library(page: Page): Promise<void> {
  await load(page, './');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

export const VIEWS: readonly View[] = [
  { name: 'library', open: library },
  { name: 'article', open: (page) => article(page) },
  {
    name: 'speaker focused',
    open: async (page) => {
      const seed = await loadSeed(page);
      await article(page, `?speaker=${speakerId(seed, KABULOV)}`);
      await expect(page.locator('[data-quote-kind][data-dimmed]')).not.toHaveCount(0);
    },
  },
  {
    name: 'speaker card',
    open: async (page) => {
      await article(page);
      await quotations(page).nth(2).click();
      await expect(page.getByRole('dialog', { name: /^Speaker/ })).toBeVisible();
    },
  },
  {
    name: 'find',
    open: async (page) => {
      await article(page);
      await page.getByRole('button', { name: 'Find in article' }).click();
      const field = page.getByRole('searchbox', { name: 'Find in article' });
      await field.fill('Kabul');
      await expect(page.locator('mark[data-find-current]')).toBeVisible();
    },
  },
  {
    name: 'speakers sheet',
    phoneOnly: true,
    open: async (page) => {
      await article(page);
      const panel = await openSpeakers(page);
      await expect(panel.getByRole('button', { name: 'Close speakers' })).toBeVisible();
    },
  },
  {
    name: 'search results',
    open: async (page) => {
      await load(page, '#/search?q=Kabulov');
      await expect(page.getByRole('heading', { level: 1, name: /Kabulov/ })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: SEED.title })).toBeVisible();
    },
  },
  {
    name: 'no results',
    open: async (page) => {
      await load(page, '#/search?q=zzyzx');
      await expect(page.getByText('No article matches “zzyzx”.')).toBeVisible();
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await library(page);
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
    },
  },
  {
    name: 'shortcuts',
    open: async (page) => {
      await article(page);
      // The header's controls, "?" among them, arrive just after the first paint (app/layout.tsx).
      await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
  {
    name: 'correction form',
    open: async (page) => {
      await article(page);
      await quotations(page).nth(2).click();
      await page.getByRole('button', { name: 'Correct…' }).click();
      await page.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Someone else…' });
      await expect(page.getByRole('textbox', { name: 'Name' })).toBeVisible();
    },
  },
  {
    name: 'not found',
    open: async (page) => {
      await load(page, '#/no/such/page');
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    },
  },
  {
    name: 'error',
    // An article the library does not have: its file is a 404, logged and shown as the view's error.
    logs: /404|A view failed|ContentLoadError/,
    open: async (page) => {
      await load(page, '#/a/no-such-article');
      await expect(
        page.getByRole('heading', { level: 1, name: 'This page could not be shown' }),
      ).toBeVisible();
    },
  },
  {
    name: 'corrections',
    open: async (page) => {
      const seed = await loadSeed(page);
      const [first, second] = seed.quotes;
      if (!first || !second) throw new Error('The seed quotes fewer than two');
      // Last in the list: what it stores stays for the views after it. It removes no quotation.
      const file = toOverrides([
        { article: seed.id, target: targetOf(seed.text, first.span), kind: 'direct' },
        { article: seed.id, target: targetOf(seed.text, second.span), speaker: null },
      ]);
      await load(page, '#/corrections');
      await page.evaluate(
        (value) => localStorage.setItem('verbatim:corrections', value),
        JSON.stringify(file),
      );
      await page.reload();
      await expect(page.getByRole('button', { name: 'Download overrides file' })).toBeVisible();
    },
  },
];
