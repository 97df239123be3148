// @vitest-environment jsdom
// The search page's filters and no-result states with a real QueryClient over the real content build of a
// small dated library (test/search/library): filters from the URL narrow the results and the count, a
// control changes the URL, filters alone browse, and an empty result offers what would find something.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { compileContent } from '@/content/build';
import { Catalog } from '@/content/schema';
import { SearchPage } from '@/features/search/components/search-page';
import { localListQueryOptions } from '@/lib/api/local-articles';
import { parseRoute, type SearchFilters } from '@/lib/router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LIBRARY = 'test/search/library';
let within: Map<string, unknown>;
let beyond: Map<string, unknown>;

beforeAll(async () => {
  within = new Map((await compileContent(LIBRARY)).files);
  // The same library with an offline limit below its size.
  beyond = new Map((await compileContent(LIBRARY, { offlineLimit: 2 })).files);
}, 60_000);

let root: Root;
let host: HTMLElement;

function serve(files: Map<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL) => {
      const body = files.get(new URL(String(input)).pathname.replace(/^\/content\//, ''));
      return Promise.resolve(
        body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body)),
      );
    }),
  );
}

beforeEach(() => {
  window.location.hash = '#/';
  serve(within);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});
afterAll(() => {
  window.location.hash = '';
});

function render(node: ReactNode, seed?: (client: QueryClient) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seed?.(client);
  act(() => root.render(<QueryClientProvider client={client}>{node}</QueryClientProvider>));
}

/** The search page for a URL, as the app's router would show it. */
function open(hash: string, seed?: (client: QueryClient) => void) {
  window.location.hash = hash;
  const route = parseRoute(hash);
  if (route.name !== 'search') throw new Error(`not a search URL: ${hash}`);
  render(<SearchPage q={route.q} filters={route.filters} />, seed);
}

async function waitFor<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const found = check();
    if (found) return found;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`timed out waiting for ${what}; page: ${host.textContent ?? ''}`);
}

const status = () => host.querySelector('[role="status"]')?.textContent ?? '';
const settled = () =>
  waitFor(() => !/Searching/.test(status()) && host.querySelector('h1') && status(), 'results');
const titles = () => [...host.querySelectorAll('ol h2')].map((h) => h.textContent);
const hashFilters = (): SearchFilters | null => {
  const route = parseRoute(window.location.hash);
  return route.name === 'search' ? route.filters : null;
};

describe('search filters', () => {
  it('narrow a query to a speaker from the URL, and say how many of how many', async () => {
    open('#/search?q=harbour&speaker=Ilse%20Varga');
    expect(await settled()).toBe('3 articles, filtered from 5');
    expect(titles().sort()).toEqual([
      'Council approves the harbour budget',
      'Ferry crews vote to strike',
      'Harbour reopens after the storm',
    ]);
    // The filter in force is a chip that removes it.
    const chip = host.querySelector<HTMLButtonElement>('[aria-label="Remove filter: Speaker: Ilse Varga"]');
    expect(chip).not.toBeNull();
    act(() => chip?.click());
    expect(hashFilters()?.speaker).toBeNull();
    expect(parseRoute(window.location.hash)).toMatchObject({ q: 'harbour' });
  });

  it('are labelled native controls; choosing one puts it in the URL with the query', async () => {
    open('#/search?q=harbour');
    await settled();
    const select = await waitFor(() => {
      const label = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Quotations');
      return label && (document.getElementById(label.htmlFor) as HTMLSelectElement | null);
    }, 'the Quotations select');
    const source = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Source');
    expect(source).toBeDefined();
    act(() => {
      select.value = 'indirect';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(parseRoute(window.location.hash)).toMatchObject({ q: 'harbour', filters: { kind: 'indirect' } });
  });

  it('browse without a query: a speaker’s direct quotations, newest first', async () => {
    open('#/search?speaker=Tomas%20Reyes&kind=direct');
    expect(await settled()).toBe('2 articles');
    expect(titles()).toEqual(['School roof repairs delayed again', 'Council approves the harbour budget']);
  });

  it('combine source and dates, and never count undated articles in a range', async () => {
    open('#/search?q=harbour&source=Coastal%20Herald&from=2024-01-01');
    expect(await settled()).toBe('1 article, filtered from 5');
    expect(titles()).toEqual(['Ferry crews vote to strike']);
  });
});

describe('no results', () => {
  it('offers to remove the filter that empties the result, with what it would find', async () => {
    open('#/search?q=buckets&speaker=Ilse%20Varga');
    expect(await settled()).toBe('No results.');
    expect(host.textContent).toContain('No article matches “buckets” with these filters.');
    const relax = await waitFor(
      () =>
        [...host.querySelectorAll('a')].find((a) =>
          a.textContent?.startsWith('Remove “Speaker: Ilse Varga”'),
        ),
      'the remove-filter link',
    );
    expect(relax.textContent).toContain('(1 article)');
    expect(parseRoute(relax.getAttribute('href') ?? '')).toMatchObject({
      q: 'buckets',
      filters: { speaker: null },
    });
  });

  it('offers fewer words when every word must match and one does not', async () => {
    open('#/search?q=harbour%20zebra');
    await settled();
    const fewer = await waitFor(
      () => [...host.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Search for “harbour”')),
      'the fewer-words link',
    );
    expect(fewer.textContent).toContain('(5 articles)');
  });

  it('respells a typo, keeping the filters', async () => {
    open('#/search?q=harbuor%20&source=Valley%20Post');
    await settled();
    const link = await waitFor(
      () => [...host.querySelectorAll('a')].find((a) => a.textContent === 'harbour'),
      'did you mean',
    );
    expect(parseRoute(link.getAttribute('href') ?? '')).toMatchObject({
      q: 'harbour',
      filters: { source: 'Valley Post' },
    });
  });

  it('offers no respelling that finds nothing either', async () => {
    // "harbuor" respells to "harbour", but no article has "zebra" nor a word near it.
    open('#/search?q=harbuor%20zebra');
    await settled();
    // The respelling comes with the rest of the outcome, which says that nothing matched.
    await waitFor(() => host.textContent?.includes('No article matches “harbuor zebra”.'), 'the outcome');
    expect(host.textContent).not.toContain('Did you mean');
  });

  it('lists the most quoted people, each a link to everything they said', async () => {
    open('#/search?q=zebra');
    await settled();
    const varga = await waitFor(
      () => [...host.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Ilse Varga')),
      'the most quoted',
    );
    expect(parseRoute(varga.getAttribute('href') ?? '')).toMatchObject({
      q: '',
      filters: { speaker: 'Ilse Varga' },
    });
  });
});

describe('what works offline', () => {
  it('says search works offline when the library is within the limit', async () => {
    open('#/search?q=harbour');
    await settled();
    const note = await waitFor(() => host.querySelector('[data-offline-note]'), 'the offline note');
    expect(note.textContent).toBe(
      'Works offline: once the app has been opened, search covers all 6 articles without a network.',
    );
  });

  it('counts the articles imported on this device, which search covers offline too', async () => {
    const catalog = Catalog.parse(within.get('catalog.json'));
    const imported = catalog.articles.slice(0, 2).map((entry) => ({ entry, addedAt: 0 }));
    open('#/search?q=harbour', (client) =>
      client.setQueryData(localListQueryOptions().queryKey, { entries: imported, problem: null }),
    );
    await settled();
    const note = await waitFor(() => host.querySelector('[data-offline-note]'), 'the offline note');
    expect(note.textContent).toContain('search covers all 8 articles without a network');
  });

  it('says search needs the network above it, and what can still be read', async () => {
    serve(beyond);
    open('#/search?q=harbour');
    await settled();
    const note = await waitFor(() => host.querySelector('[data-offline-note]'), 'the offline note');
    expect(note.textContent).toBe(
      'Search needs the network for this library: it has 6 articles, more than the 2 kept for offline use. ' +
        'Offline, the 2 newest articles can still be read from the library.',
    );
  });
});
