// @vitest-environment jsdom
// A long article is drawn a first screen at a time, the rest following in chunks: what the reader needs
// at once is there at once (a linked quotation, the next one for j), and printing draws everything.

import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { analyze } from '@/analysis';
import seedText from '@/content/articles/seed.txt?raw';
import { toArticleInput } from '@/content/derive';
import { Article } from '@/content/schema';
import { ReaderView } from '@/features/reader/components/reader-view';
import { CHUNK_PARAGRAPHS, FIRST_PARAGRAPHS } from '@/features/reader/lib/progressive';
import { parseRoute, useRoute, type ArticleRoute } from '@/lib/router';

import { press, quoteEl, render, renderArticleAt, run, type Rendered } from './helpers';

// The seed's body thirty times under one title: a few hundred paragraphs.
const body = seedText.slice(seedText.indexOf('\n\n') + 2);
const text = `A long day of talks\n\n${Array.from({ length: 30 }, () => body).join('\n\n')}`;
const long = Article.parse(toArticleInput(analyze(text), { id: 'long', sourceFile: 'long.txt' }));

/** The reader on the long article for the route in the URL, with no query in between. */
function Routed() {
  const route = useRoute();
  return route.name === 'article' ? <ReaderView article={long} route={route} /> : null;
}

let view: Rendered | undefined;
beforeEach(() => window.localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  view?.unmount();
  view = undefined;
});

const drawing = (page: Element) => page.querySelector('[data-drawing]') !== null;
const settle = async () => {
  for (let i = 0; i < 50; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
};

// jsdom draws a few hundred paragraphs slowly on a busy machine.
describe('a long article', { timeout: 30_000 }, () => {
  it('is long enough to be drawn in steps', () => {
    expect(long.paragraphs.length).toBeGreaterThan(FIRST_PARAGRAPHS + CHUNK_PARAGRAPHS);
  });

  it('shows its first screen at once and the rest in steps, until every paragraph is there', async () => {
    // The number of paragraphs in the page after each change to it.
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const n = document.querySelectorAll('[data-paragraph]').length;
      if (n > 0 && n !== counts.at(-1)) counts.push(n);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    view = await renderArticleAt('#/a/long', long);
    const page = view.container;
    await settle();
    observer.disconnect();
    const total = page.querySelectorAll('p[data-paragraph]').length;
    expect(counts[0]).toBe(FIRST_PARAGRAPHS);
    expect(counts[1]).toBe(FIRST_PARAGRAPHS + CHUNK_PARAGRAPHS);
    expect(counts.at(-1)).toBe(total);
    expect(counts.length).toBeGreaterThanOrEqual(3);
    expect(drawing(page)).toBe(false);
    // Hidden furniture aside, every paragraph and quotation of the article is there.
    expect(total).toBeGreaterThanOrEqual(long.paragraphs.length - 2);
    expect(page.querySelectorAll('[data-quote-id]').length).toBeGreaterThanOrEqual(long.quotes.length);
  });

  it('draws down to a linked quotation at once and focuses it', async () => {
    const last = long.quotes.at(-1);
    if (!last) throw new Error('no quotations');
    view = await renderArticleAt(`#/a/long?quote=${last.id}`, long);
    const el = quoteEl(view.container, last.id);
    expect(el).not.toBeNull();
    expect(document.activeElement).toBe(el);
  });

  it('steps with j onto a quotation not drawn yet', async () => {
    // The clock held: the first screen stays all there is.
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/#/a/long');
    view = await render(<Routed />);
    const page = view.container;
    const shown = [...page.querySelectorAll<HTMLElement>('[data-quote-id]')];
    const edge = shown.at(-1)?.dataset['quoteId'];
    const order = long.quotes.map((q) => q.id);
    const next = order[order.indexOf(edge ?? '') + 1];
    if (!edge || !next) throw new Error('no quotation past the first screen');
    expect(quoteEl(page, next)).toBeNull();
    await run(() => quoteEl(page, edge)?.focus());
    await press('j');
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('quote')).toBe(next);
    expect(document.activeElement).toBe(quoteEl(page, next));
  });

  it('draws everything before printing', async () => {
    // Mounted directly, and with the clock held, so that nothing but the first screen is drawn yet.
    vi.useFakeTimers();
    view = await render(<ReaderView article={long} route={parseRoute('#/a/long') as ArticleRoute} />);
    const page = view.container;
    expect(page.querySelectorAll('[data-paragraph]').length).toBe(FIRST_PARAGRAPHS);
    expect(drawing(page)).toBe(true);
    await run(() => window.dispatchEvent(new Event('beforeprint')));
    expect(drawing(page)).toBe(false);
    expect(page.querySelectorAll('[data-paragraph]').length).toBeGreaterThanOrEqual(
      long.paragraphs.length - 2,
    );
  });
});
