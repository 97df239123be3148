// @vitest-environment jsdom
// The header's search field with a real QueryClient over the real content build (seed article and its
// search index, served from memory): "/" focuses it, typing "Doha" lists the seed's hit, Enter opens it,
// and Enter with nothing chosen goes to the results page; and which file each snippet is cut from.

import { resolve } from 'node:path';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, createRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { compileContent } from '@/content/build';
import { articleQueryOptions } from '@/lib/api/article';
import { CORRECTIONS_KEY } from '@/lib/corrections-key';
import { SearchField } from '@/features/search/components/search-field';
import { FirstSearchField, type HandOver } from '@/features/search/components/search-form';
import { SearchPage } from '@/features/search/components/search-page';
import { NO_FILTERS } from '@/features/search/lib/filters';

// React's act() needs to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The files served: the seed's build, precached whole (within the offline limit) or not (over it). */
let files: Map<string, unknown>;
let withinLimit: Map<string, unknown>;
let overLimit: Map<string, unknown>;
const requested: string[] = [];
/** While set, article and snippet text files wait for it before they answer. */
let articleGate: Promise<void> | null = null;
const TEXT_FILE = 'search/text/seed.json';
const ARTICLE_FILE = 'articles/seed.json';

beforeAll(async () => {
  const sources = resolve('src/content/articles');
  withinLimit = new Map((await compileContent(sources)).files);
  overLimit = new Map((await compileContent(sources, { offlineLimit: 0 })).files);
}, 30_000);

let root: Root;
let host: HTMLElement;

beforeEach(() => {
  files = withinLimit;
  requested.length = 0;
  window.location.hash = '#/';
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL) => {
      const path = new URL(String(input)).pathname.replace(/^\/content\//, '');
      requested.push(path);
      const body = files.get(path);
      const respond = () =>
        body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
      return (path === ARTICLE_FILE || path === TEXT_FILE) && articleGate
        ? articleGate.then(respond)
        : Promise.resolve(respond());
    }),
  );
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  articleGate = null;
  window.localStorage.clear();
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});
afterAll(() => {
  window.location.hash = '';
});

function renderWith(node: ReactNode, client = newClient()) {
  act(() => root.render(<QueryClientProvider client={client}>{node}</QueryClientProvider>));
}

const newClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

const field = (): HTMLInputElement => {
  const input = host.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search field');
  return input;
};

/** Types like a person: React sees the change as an input event, through the native value setter. */
function type(input: HTMLInputElement, text: string) {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  act(() => {
    descriptor?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

async function waitFor<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = check();
    if (found) return found;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the search field', () => {
  it('is a search input named "Search", a combobox', () => {
    renderWith(<SearchField />);
    const input = field();
    expect(input.getAttribute('aria-label')).toBe('Search');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('takes over from the field drawn before its code came: what was typed there, and the focus', () => {
    const handOver = createRef<HandOver>();
    renderWith(<FirstSearchField handOverRef={handOver} />);
    const before = field();
    expect(before.getAttribute('role')).toBeNull();
    act(() => before.focus());
    type(before, 'Kabul');
    renderWith(<SearchField handOverRef={handOver} />);
    const after = field();
    expect(after).not.toBe(before);
    expect(after.getAttribute('role')).toBe('combobox');
    expect(after.value).toBe('Kabul');
    expect(document.activeElement).toBe(after);
  });

  it('takes over what the first field held when it left, not what it held as the combobox rendered', () => {
    // The header's tools arrive as a transition, rendered in slices: a reader can type between the
    // combobox's render and its commit. Here a sibling rendered after it does that typing.
    const handOver = createRef<HandOver>();
    renderWith(<FirstSearchField handOverRef={handOver} />);
    const first = field();
    type(first, 'Kab');
    const TypingMeanwhile = () => {
      first.value = 'Kabul';
      return null;
    };
    renderWith(
      <>
        <SearchField handOverRef={handOver} />
        <TypingMeanwhile />
      </>,
    );
    expect(field().getAttribute('role')).toBe('combobox');
    expect(field().value).toBe('Kabul');
  });

  it('the first field searches on Enter and takes focus on "/" already', () => {
    const handOver = createRef<HandOver>();
    renderWith(<FirstSearchField handOverRef={handOver} />);
    press(document.body, '/');
    expect(document.activeElement).toBe(field());
    type(field(), 'Kabul');
    act(() => field().form?.requestSubmit());
    expect(window.location.hash).toBe('#/search?q=Kabul');
  });

  it('takes focus on "/" from the page, but not while typing in another field', () => {
    renderWith(
      <>
        <SearchField />
        <textarea aria-label="Notes" />
      </>,
    );
    const notes = host.querySelector('textarea');
    notes?.focus();
    press(notes ?? document.body, '/');
    expect(document.activeElement).toBe(notes);
    notes?.blur();
    press(document.body, '/');
    expect(document.activeElement).toBe(field());
  });

  it('shows the seed for "Doha" as you type, with the speaker and the word marked, and opens it', async () => {
    renderWith(<SearchField />);
    const input = field();
    act(() => input.focus());
    type(input, 'Doha');
    const option = await waitFor(
      () => host.querySelector('[role="option"]:has(mark)'),
      'the first suggestion',
    );
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(option.textContent).toContain('Zamir Kabulov said:');
    expect(option.querySelector('mark')?.textContent).toBe('Doha');
    expect(host.querySelector('[role="listbox"]')?.id).toBe(input.getAttribute('aria-controls'));
    // Only the index and the article were fetched (the whole library is precached, so the article, not
    // its snippet text); the search code came by import().
    expect(requested.every((p) => (p.startsWith('search/') && p !== TEXT_FILE) || p === ARTICLE_FILE)).toBe(
      true,
    );

    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(option.id);
    expect(option.getAttribute('aria-selected')).toBe('true');
    act(() => input.form?.requestSubmit());
    expect(window.location.hash).toMatch(/^#\/a\/seed\?quote=q6&match=\d+-\d+$/);
  });

  it('shows a suggestion before its article arrives, then fills in its snippet and where it leads', async () => {
    let open = () => undefined as void;
    articleGate = new Promise((resolve) => (open = resolve));
    renderWith(<SearchField />);
    const input = field();
    act(() => input.focus());
    type(input, 'Doha');
    // The first option is the article; the last, "All results", is there from the start.
    const early = await waitFor(
      () => host.querySelectorAll('[role="option"]').length > 1 && host.querySelector('[role="option"]'),
      'a suggestion',
    );
    // The index answered: the article's title is there, its snippet not yet (the article is still loading,
    // asked for once the suggestion was painted).
    expect(early.querySelector('mark')).toBeNull();
    await waitFor(() => requested.includes('articles/seed.json'), 'the article asked for');
    act(() => open());
    const option = await waitFor(() => host.querySelector('[role="option"]:has(mark)'), 'the snippet');
    expect(option.textContent).toContain('Zamir Kabulov said:');
    press(input, 'ArrowDown');
    act(() => input.form?.requestSubmit());
    expect(window.location.hash).toMatch(/^#\/a\/seed\?quote=q6&match=\d+-\d+$/);
  });

  it('goes to the results page on Enter with no suggestion chosen', async () => {
    renderWith(<SearchField />);
    const input = field();
    act(() => input.focus());
    type(input, 'doha agreement');
    await waitFor(() => host.querySelector('[role="option"]'), 'suggestions');
    act(() => input.form?.requestSubmit());
    expect(window.location.hash).toBe('#/search?q=doha+agreement');
  });
});

/** Types `q` in the field and waits for its first suggestion with a mark; returns the option. */
async function suggest(q: string): Promise<Element> {
  const input = field();
  act(() => input.focus());
  type(input, q);
  return waitFor(() => host.querySelector('[role="option"]:has(mark)'), `a suggestion for ${q}`);
}

describe('where a suggestion’s snippet is cut from', () => {
  it('the snippet text file when the library is not precached, filled in when it arrives', async () => {
    files = overLimit;
    let open = () => undefined as void;
    articleGate = new Promise((resolve) => (open = resolve));
    renderWith(<SearchField />);
    type(field(), 'Doha');
    const early = await waitFor(
      () => host.querySelectorAll('[role="option"]').length > 1 && host.querySelector('[role="option"]'),
      'a suggestion',
    );
    expect(early.querySelector('mark')).toBeNull();
    act(() => open());
    const option = await waitFor(() => host.querySelector('[role="option"]:has(mark)'), 'the snippet');
    expect(option.textContent).toContain('Zamir Kabulov said:');
    expect(requested).toContain(TEXT_FILE);
    expect(requested).not.toContain(ARTICLE_FILE);
    press(field(), 'ArrowDown');
    act(() => field().form?.requestSubmit());
    expect(window.location.hash).toMatch(/^#\/a\/seed\?quote=q6&match=\d+-\d+$/);
  });

  it('the article when the reader has corrections, which change what a snippet shows', async () => {
    files = overLimit;
    window.localStorage.setItem(CORRECTIONS_KEY, '[]');
    renderWith(<SearchField />);
    expect((await suggest('Doha')).textContent).toContain('Zamir Kabulov said:');
    expect(requested).toContain(ARTICLE_FILE);
    expect(requested).not.toContain(TEXT_FILE);
  });

  it('the article already loaded, with no download', async () => {
    files = overLimit;
    const client = newClient();
    await client.fetchQuery(articleQueryOptions('seed'));
    requested.length = 0;
    renderWith(<SearchField />, client);
    expect((await suggest('Doha')).textContent).toContain('Zamir Kabulov said:');
    expect(requested.filter((p) => p === ARTICLE_FILE || p === TEXT_FILE)).toEqual([]);
  });

  it('nothing when the best hit is a speaker’s name', async () => {
    files = overLimit;
    renderWith(<SearchField />);
    const option = await suggest('Kabulov');
    expect(option.querySelector('mark')?.textContent).toBe('Kabulov');
    expect(requested.filter((p) => p === ARTICLE_FILE || p === TEXT_FILE)).toEqual([]);
  });

  it('the snippet text file for the results page too, when the library is not precached', async () => {
    files = overLimit;
    renderWith(<SearchPage q="Doha" filters={NO_FILTERS} />);
    await waitFor(() => host.querySelectorAll('mark').length === 3, 'the snippets');
    expect(requested).toContain(TEXT_FILE);
    expect(requested).not.toContain(ARTICLE_FILE);
  });
});

describe('the results page', () => {
  it('groups hits under the article, marks them, and links each to its place', async () => {
    renderWith(<SearchPage q="Doha" filters={NO_FILTERS} />);
    const links = await waitFor(() => {
      const found = host.querySelectorAll<HTMLAnchorElement>('a[data-search-result]');
      return found.length > 1 && [...found];
    }, 'results');
    expect(host.querySelector('h1')?.textContent).toBe('Results for “Doha”');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/a/seed',
      expect.stringMatching(/^#\/a\/seed\?quote=q6&match=\d+-\d+$/),
      expect.stringMatching(/^#\/a\/seed\?quote=q10&match=\d+-\d+$/),
      '#/a/seed?match=1787-1791',
    ]);
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Doha', 'Doha', 'Doha']);
    // ↓ moves from one result to the next.
    act(() => links[0]?.focus());
    press(links[0] ?? host, 'ArrowDown');
    expect(document.activeElement).toBe(links[1]);
  });

  it('suggests a respelling and the most quoted speakers when nothing matches', async () => {
    renderWith(<SearchPage q="Dohx" filters={NO_FILTERS} />);
    const suggestion = await waitFor(
      () => [...host.querySelectorAll('a')].find((a) => a.textContent === 'doha'),
      'a suggestion',
    );
    expect(suggestion.getAttribute('href')).toBe('#/search?q=doha');
    await waitFor(() => host.textContent?.includes('Zamir Kabulov'), 'the speakers');
  });
});
