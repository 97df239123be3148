// @vitest-environment jsdom
// A large library is drawn a page of cards at a time: the first hundred, then a hundred more for each
// press of "Show more", back to the first page when the order or the speaker filter changes.

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { LIBRARY_PAGE } from '@/features/library/components/library-view';
import { createQueryClient } from '@/lib/query-client';

import { contentFiles, serveContent } from './support';

const ARTICLES = 2 * LIBRARY_PAGE + 30;

/** The bundled catalog with its one entry repeated under new ids, every tenth quoting someone else. */
async function largeCatalog(): Promise<string> {
  const catalog = JSON.parse((await contentFiles()).get('catalog.json') ?? '') as {
    articles: { id: string; path: string; title: string; quotedSpeakers: string[] }[];
  };
  const [entry] = catalog.articles;
  if (!entry) throw new Error('the bundled catalog is empty');
  const articles = Array.from({ length: ARTICLES }, (_, i) => {
    const id = `copy-${String(i).padStart(4, '0')}`;
    return {
      ...entry,
      id,
      path: `articles/${id}.json`,
      title: `Article ${String(i)}`,
      quotedSpeakers: i % 10 === 0 ? ['Someone Else'] : entry.quotedSpeakers,
    };
  });
  return JSON.stringify({ ...catalog, articles });
}

const cards = () => within(screen.getAllByRole('list')[0] ?? document.body).getAllByRole('listitem');

beforeEach(async () => {
  window.location.hash = '#/';
  const catalog = await largeCatalog();
  await serveContent((path) => (path === 'catalog.json' ? new Response(catalog) : undefined));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a library larger than a page', () => {
  it('draws the first page, then a page more for each "Show more", until all are shown', async () => {
    render(<App client={createQueryClient()} />);
    expect(await screen.findByText(`Showing ${String(LIBRARY_PAGE)} of ${String(ARTICLES)}.`)).toBeTruthy();
    expect(cards()).toHaveLength(LIBRARY_PAGE);

    fireEvent.click(screen.getByRole('button', { name: `Show ${String(LIBRARY_PAGE)} more` }));
    expect(cards()).toHaveLength(2 * LIBRARY_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more' }));
    expect(cards()).toHaveLength(ARTICLES);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });

  it('starts again from the first page when the order or the filter changes', async () => {
    render(<App client={createQueryClient()} />);
    fireEvent.click(await screen.findByRole('button', { name: `Show ${String(LIBRARY_PAGE)} more` }));
    expect(cards()).toHaveLength(2 * LIBRARY_PAGE);
    await act(async () => {
      window.location.hash = '#/?sort=title';
      await Promise.resolve();
    });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveProperty('value', 'title'),
    );
    expect(cards()).toHaveLength(LIBRARY_PAGE);
    await act(async () => {
      window.location.hash = '#/?speaker=Someone%20Else';
      await Promise.resolve();
    });
    // A tenth of the articles quote them: fewer than a page, all shown, no button.
    await waitFor(() => expect(cards()).toHaveLength(ARTICLES / 10));
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });
});
