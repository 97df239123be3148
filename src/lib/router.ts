// Hash routing: every view has a URL that works on a plain static server with no rewrite rules and from
// any subfolder, because the path part never changes (`/sub/folder/#/a/seed?quote=q3`).
//
// URLs, one per view:
//   #/                               library        ?sort=title&speaker=Zamir%20Kabulov
//   #/a/<article>                    reader         ?quote=<quote id>&speaker=<speaker id>&find=<text>
//                                                   &match=<start>-<end> (a search hit to scroll to)
//   #/search?q=<query>               search results  &speaker=<name>&kind=direct|indirect|mixed
//                                                   &source=<name>&from=<YYYY-MM-DD>&to=<YYYY-MM-DD>
//   #/speakers/<key>                 a speaker across the corpus
//   #/add                            import an article    ?title=…&text=…&url=… (prefilled, as shared)
//   #/corrections                    the reader's corrections, to undo or download
// Anything else is the not-found view, which names what was asked for.

import { useMemo, useSyncExternalStore } from 'react';

export type LibrarySort = 'date' | 'title';

/** What a search is narrowed to; null is "any". Dates are `YYYY-MM-DD`, both ends included. */
export interface SearchFilters {
  readonly speaker: string | null;
  readonly kind: 'direct' | 'indirect' | 'mixed' | null;
  readonly source: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export type Route =
  | { readonly name: 'library'; readonly sort: LibrarySort; readonly speaker: string | null }
  | {
      readonly name: 'article';
      readonly id: string;
      readonly quote: string | null;
      readonly speaker: string | null;
      readonly find: string | null;
      /** A search hit, `[start, end]` into the article text. */
      readonly match: readonly [number, number] | null;
    }
  | { readonly name: 'search'; readonly q: string; readonly filters: SearchFilters }
  | { readonly name: 'speaker'; readonly key: string }
  | {
      readonly name: 'add';
      readonly title: string | null;
      readonly text: string | null;
      readonly url: string | null;
    }
  | { readonly name: 'corrections' }
  | { readonly name: 'not-found'; readonly path: string };

export type RouteName = Route['name'];
export type ArticleRoute = Extract<Route, { name: 'article' }>;
export type AddRoute = Extract<Route, { name: 'add' }>;

const FILTER_KEYS = ['speaker', 'kind', 'source', 'from', 'to'] as const;

/** Builders with every optional part defaulted: `routes.article('seed', { quote: 'q3' })`. */
export const routes = {
  library: (opts: { sort?: LibrarySort; speaker?: string | null } = {}): Route => ({
    name: 'library',
    sort: opts.sort ?? 'date',
    speaker: opts.speaker ?? null,
  }),
  article: (
    id: string,
    opts: {
      quote?: string | null;
      speaker?: string | null;
      find?: string | null;
      match?: readonly [number, number] | null;
    } = {},
  ): Route => ({
    name: 'article',
    id,
    quote: opts.quote ?? null,
    speaker: opts.speaker ?? null,
    find: opts.find ?? null,
    match: opts.match ?? null,
  }),
  search: (q: string, filters: Partial<SearchFilters> = {}): Route => ({
    name: 'search',
    q,
    filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, filters[k] ?? null])) as unknown as SearchFilters,
  }),
  speaker: (key: string): Route => ({ name: 'speaker', key }),
  add: (opts: { title?: string | null; text?: string | null; url?: string | null } = {}): Route => ({
    name: 'add',
    title: opts.title ?? null,
    text: opts.text ?? null,
    url: opts.url ?? null,
  }),
  corrections: (): Route => ({ name: 'corrections' }),
};

const MATCH = /^(\d+)-(\d+)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KIND = /^(?:direct|indirect|mixed)$/;

/** `#/a/seed?quote=q3` → the article route; never throws. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  const param = (key: string): string | null => params.get(key) || null;

  const [first, second, ...rest] = segments;
  if (first === undefined) {
    return routes.library({ sort: param('sort') === 'title' ? 'title' : 'date', speaker: param('speaker') });
  }
  if (first === 'a' && second !== undefined && rest.length === 0) {
    const m = MATCH.exec(params.get('match') ?? '');
    const match: [number, number] | null =
      m && Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
    return routes.article(second, {
      quote: param('quote'),
      speaker: param('speaker'),
      find: param('find'),
      match,
    });
  }
  if (first === 'search' && second === undefined) {
    // A kind or date the app does not know is dropped, not passed on to the search.
    const valid = (key: string, pattern: RegExp): string | null => {
      const value = param(key);
      return value !== null && pattern.test(value) ? value : null;
    };
    return routes.search(params.get('q') ?? '', {
      speaker: param('speaker'),
      kind: valid('kind', KIND) as SearchFilters['kind'],
      source: param('source'),
      from: valid('from', DAY),
      to: valid('to', DAY),
    });
  }
  if (first === 'speakers' && second !== undefined && rest.length === 0) return routes.speaker(second);
  if (first === 'add' && second === undefined) {
    return routes.add({ title: param('title'), text: param('text'), url: param('url') });
  }
  if (first === 'corrections' && second === undefined) return routes.corrections();
  return { name: 'not-found', path: raw };
}

/** The `#/…` fragment for a route; `parseRoute(formatRoute(r))` gives `r` back. */
export function formatRoute(route: Route): string {
  const query = (entries: Record<string, string | null>): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(entries)) if (value) params.set(key, value);
    const s = params.toString();
    return s ? `?${s}` : '';
  };
  switch (route.name) {
    case 'library':
      return `#/${query({ sort: route.sort === 'date' ? null : route.sort, speaker: route.speaker })}`;
    case 'article':
      return `#/a/${encodeURIComponent(route.id)}${query({
        quote: route.quote,
        speaker: route.speaker,
        find: route.find,
        match: route.match ? `${String(route.match[0])}-${String(route.match[1])}` : null,
      })}`;
    case 'search':
      return `#/search${query({ q: route.q, ...route.filters })}`;
    case 'speaker':
      return `#/speakers/${encodeURIComponent(route.key)}`;
    case 'add':
      return `#/add${query({ title: route.title, text: route.text, url: route.url })}`;
    case 'corrections':
      return '#/corrections';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** For `<a href>`: a real link, so open-in-new-tab, copy-link and middle-click work. */
export const href = (route: Route): string => formatRoute(route);

/**
 * Goes to a route. `replace` for changes a reader would not want to step back through one by one
 * (moving from quotation to quotation, typing a query); the default pushes a history entry.
 */
export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const hash = formatRoute(route);
  if (hash === window.location.hash) return;
  if (replace) {
    window.history.replaceState(window.history.state, '', hash);
    // replaceState fires no hashchange; tell the subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = (): string => window.location.hash;

/** The current hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/** The current route, the same object until the hash changes (safe in effect dependencies). */
export function useRoute(): Route {
  const hash = useHash();
  return useMemo(() => parseRoute(hash), [hash]);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
