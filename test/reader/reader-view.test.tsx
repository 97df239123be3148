// @vitest-environment jsdom
// The reader on the seed article, loaded through the app's query with a real QueryClient: the quotation
// DOM contract, the text shown exactly, speaker cards, j/k, speaker focus, find and search hits.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { speakerColor } from '@/lib/speaker-colors';

import {
  press,
  quoteEl,
  run,
  renderArticleAt,
  seedArticle,
  typeInto,
  visibleText,
  type Rendered,
} from './helpers';

const seed = seedArticle();
let view: Rendered | undefined;

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const open = async (hash = '#/a/seed') => {
  view = await renderArticleAt(hash, seed);
  return view.container;
};
const params = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');
const card = () => document.querySelector('[role="dialog"]');

describe('the seed article', () => {
  it('draws every quotation with the DOM contract, nested ones inside their parent', async () => {
    const page = await open();
    const els = [...page.querySelectorAll<HTMLElement>('[data-quote-id]')];
    expect(els.map((el) => el.dataset['quoteId'])).toEqual(seed.quotes.map((q) => q.id));
    const ids = seed.speakers.map((s) => s.id);
    for (const q of seed.quotes) {
      const el = quoteEl(page, q.id);
      expect(el?.dataset['quoteKind']).toBe(q.kind);
      expect(el?.getAttribute('data-speaker')).toBe(q.speakerId);
      expect(el?.dataset['speakerColor']).toBe(String(speakerColor(ids, q.speakerId) ?? 'none'));
      expect(el?.tabIndex).toBe(0);
      expect(visibleText(el as HTMLElement)).toBe(seed.text.slice(...q.span));
    }
    expect(quoteEl(page, 'q8')?.contains(quoteEl(page, 'q9'))).toBe(true);
    expect(quoteEl(page, 'q9')?.dataset['depth']).toBe('1');
  });

  it('shows the text character for character, the byline once, in the header', async () => {
    const page = await open();
    const paragraphs = [...page.querySelectorAll<HTMLElement>('[data-paragraph]')];
    // The byline line is the header's; the lead keeps its dateline.
    expect(paragraphs.map((p) => Number(p.dataset['paragraph']))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const p of paragraphs) {
      const span = seed.paragraphs[Number(p.dataset['paragraph'])] ?? [0, 0];
      expect(visibleText(p)).toBe(seed.text.slice(...span));
    }
    expect(page.querySelector('[data-dateline]')?.textContent).toBe('KABUL');
    expect(visibleText(page.querySelector('h1') as Element)).toBe(seed.meta.title);
    expect(page.querySelector('header')?.textContent).toContain('No headline: opening words');
    expect(page.querySelector('header')?.textContent).toContain('AT Monitoring Desk');
    expect(page.querySelector('header')?.textContent).toContain('2 min read');
  });

  it("announces each quotation's speaker to screen readers", async () => {
    const page = await open();
    expect(quoteEl(page, 'q3')?.querySelector('.sr-only')?.textContent).toBe('Quotation by Zamir Kabulov: ');
    expect(quoteEl(page, 'q9')?.querySelector('.sr-only')?.textContent).toBe(
      'Quotation within, by Taliban: ',
    );
    expect(quoteEl(page, 'q7')?.querySelector('[aria-hidden="true"]')?.textContent).toBe('AG');
  });

  it('lists the voices with their shares', async () => {
    const page = await open();
    const list = page.querySelector('[aria-labelledby="voices-title"] ul');
    const items = [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Zamir Kabulov\d+%, \d+ words$/);
    expect(items.map((t) => Number(/(\d+)%/.exec(t)?.[1])).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('speaker cards', () => {
  it('tells who said a quotation and how the engine knows, and closes with Escape', async () => {
    const page = await open();
    const q3 = quoteEl(page, 'q3') as HTMLElement;
    await run(() => q3.focus());
    const text = card()?.textContent ?? '';
    expect(text).toContain('Zamir Kabulov');
    expect(text).toContain('presidential envoy');
    expect(text).toContain('“said”');
    expect(text).toContain('the presidential envoy → Zamir Kabulov');
    expect(text).toContain('named where it is quoted');
    expect(text).toContain('high (0.85)');
    expect(q3.getAttribute('aria-describedby')).toBe(card()?.id);
    await press('Escape');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(q3);
  });

  it('shows one card at a time, for the nested quotation its own speaker', async () => {
    const page = await open();
    await run(() => quoteEl(page, 'q8')?.focus());
    await run(() => quoteEl(page, 'q9')?.focus());
    expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(card()?.textContent).toContain('they → Taliban');
  });

  it('puts the quotation in the URL when it is clicked', async () => {
    const page = await open();
    await run(() => quoteEl(page, 'q6')?.click());
    expect(params().get('quote')).toBe('q6');
    expect(quoteEl(page, 'q6')?.hasAttribute('data-current')).toBe(true);
  });
});

describe('moving through quotations', () => {
  it('j and k step in reading order, into nested ones, and keep the URL in step', async () => {
    const page = await open();
    await press('j');
    await press('j');
    await press('j');
    expect(document.activeElement).toBe(quoteEl(page, 'q3'));
    expect(params().get('quote')).toBe('q3');
    await press('k');
    expect(document.activeElement).toBe(quoteEl(page, 'q2'));
    await run(() => quoteEl(page, 'q8')?.focus());
    await press('j');
    expect(document.activeElement).toBe(quoteEl(page, 'q9'));
  });

  it('Shift+J and Shift+K stay with the same speaker', async () => {
    const page = await open('#/a/seed?quote=q6');
    expect(document.activeElement).toBe(quoteEl(page, 'q6'));
    await press('J', { shiftKey: true });
    expect(document.activeElement).toBe(quoteEl(page, 'q8'));
    await press('J', { shiftKey: true });
    expect(document.activeElement).toBe(quoteEl(page, 'q10'));
    await press('K', { shiftKey: true });
    expect(document.activeElement).toBe(quoteEl(page, 'q8'));
  });

  it('leaves keys with modifiers alone', async () => {
    await open();
    await press('j', { ctrlKey: true });
    expect(params().get('quote')).toBeNull();
  });
});

describe('speaker focus', () => {
  it("dims other speakers' quotations, steps through the focused speaker's, and Escape clears it", async () => {
    const page = await open('#/a/seed?speaker=s2');
    const dimmed = [...page.querySelectorAll<HTMLElement>('[data-quote-id][data-dimmed]')].map(
      (el) => el.dataset['quoteId'],
    );
    expect(dimmed).toEqual(seed.quotes.filter((q) => q.speakerId !== 's2').map((q) => q.id));
    await press('J', { shiftKey: true });
    expect(document.activeElement).toBe(quoteEl(page, 'q7'));
    await press('Escape'); // the card
    await press('Escape'); // the focus
    expect(params().get('speaker')).toBeNull();
    expect(page.querySelector('[data-dimmed]')).toBeNull();
  });
});

describe('find in the article', () => {
  it('counts matches with folding, steps with Enter and keeps the query in the URL', async () => {
    const page = await open();
    await press('f');
    const input = document.activeElement as HTMLInputElement;
    expect(input.type).toBe('search');
    await typeInto(input, 'TALIBAN');
    const count = () => page.querySelector('output')?.textContent;
    expect(count()).toBe('1 of 7');
    expect(page.querySelectorAll('mark[data-find]')).toHaveLength(7);
    await press('Enter', {}, input);
    expect(count()).toBe('2 of 7');
    expect(page.querySelector('[data-find-current]')?.getAttribute('data-find')).toBe('1');
    await press('Enter', { shiftKey: true }, input);
    await press('Enter', { shiftKey: true }, input);
    expect(count()).toBe('7 of 7');
    expect(params().get('find')).toBe('TALIBAN');
    await typeInto(input, 'kabulov’s offer');
    expect(count()).toBe('No matches');
    await typeInto(input, "russia's");
    expect(count()).toBe('1 of 1');
    await press('Escape', {}, input);
    expect(page.querySelector('[role="search"]')).toBeNull();
    expect(params().get('find')).toBeNull();
    expect(page.querySelector('mark')).toBeNull();
  });

  it('opens with the query from the URL', async () => {
    const page = await open('#/a/seed?find=doha');
    expect(page.querySelector('output')?.textContent).toBe('1 of 3');
  });
});

describe('links into the article', () => {
  it('focuses the quotation in the URL on load', async () => {
    const page = await open('#/a/seed?quote=q5');
    expect(document.activeElement).toBe(quoteEl(page, 'q5'));
  });

  it('highlights a search hit', async () => {
    const at = seed.text.indexOf('Doha agreement');
    const page = await open(`#/a/seed?match=${String(at)}-${String(at + 14)}`);
    expect([...page.querySelectorAll('[data-search-hit]')].map((m) => m.textContent).join('')).toBe(
      'Doha agreement',
    );
  });
});
