import { useQueries, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, type MouseEvent } from 'react';

import type { Route } from '@/lib/router';
import { usePainted } from '@/lib/use-painted';

import type { ArticleText, Hit } from '@/content/search/present';

import {
  searchManifestQueryOptions,
  snippetTextQueryOptions,
  useSearch,
  type SearchResult,
} from '../api/search';
import { NO_FILTERS } from '../lib/filters';
import { hitRoute } from '../lib/hit-route';
import { HitSnippet } from './hit-snippet';
import { optionId } from './option-id';

const SUGGESTIONS = 6;
/** A performance mark, with the query as its detail, when fresh suggestions are in the page (before paint). */
const RESULTS_MARK = 'verbatim:search-results';
/** The same when every suggestion's snippet is in too (their texts loaded). */
const SNIPPETS_MARK = 'verbatim:search-snippets';

/** Fetches the search index's manifest, so the first keystroke finds it here. */
export const prefetchSearch = (client: QueryClient): Promise<void> =>
  client.prefetchQuery(searchManifestQueryOptions());

interface Props {
  readonly id: string;
  readonly q: string;
  /** The highlighted option: a result's index, `results.length` for "all results", or -1. */
  readonly active: number;
  readonly onActive: (index: number) => void;
  readonly onChoose: (index: number) => void;
  /** Where each suggestion leads, in order, for the field's Enter key. */
  readonly onRoutes: (routes: readonly Route[]) => void;
}

/** The suggestions under the search field: the best hit of each top article, then "all results". */
export function SearchListbox({ id, q, active, onActive, onChoose, onRoutes }: Props) {
  // The suggestions paint once the index has answered; a snippet that needs its article's text fills in
  // when that arrives, so a keystroke never waits for six files.
  const search = useSearch(q, NO_FILTERS, SUGGESTIONS, 1, 'cached');
  const outcome = search.data;
  const pending = search.isFetching;
  const failed = search.isError;
  const results = useMemo(() => outcome?.results ?? [], [outcome]);
  // The texts for snippets are asked for once the suggestions are on screen, not before their paint.
  const painted = usePainted(results) === results;
  const texts = useQueries({
    queries: results.map((r) => ({
      ...(r.later?.source ?? snippetTextQueryOptions(r.id)),
      enabled: painted && r.later !== null,
    })),
  });
  const hits = results.map((r, i) => hitOf(r, texts[i]?.data));
  const snippetsIn = results.every(
    (r, i) => r.later === null || texts[i]?.data !== undefined || texts[i]?.isError === true,
  );
  // For the search benchmark's keystroke-to-paint figures (test/bench/search-browser.ts).
  const fresh = outcome !== undefined && !search.isPlaceholderData;
  useLayoutEffect(() => {
    if (fresh) performance.mark(RESULTS_MARK, { detail: q });
  }, [fresh, outcome, q]);
  useLayoutEffect(() => {
    if (fresh && snippetsIn) performance.mark(SNIPPETS_MARK, { detail: q });
  }, [fresh, snippetsIn, outcome, q]);
  const routeKey = results.map((r, i) => `${r.id}:${String(hits[i]?.match ?? '')}`).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- routeKey stands for the hits, new each render
  useEffect(() => onRoutes(results.map((r, i) => hitRoute(r.id, hits[i]))), [routeKey, onRoutes]);
  const status = failed
    ? 'Search is unavailable: the index could not be loaded.'
    : !outcome
      ? pending
        ? 'Searching…'
        : ''
      : outcome.total === 0
        ? `No matches for “${q}”. Press Enter for suggestions.`
        : `${String(outcome.total)} ${outcome.total === 1 ? 'article' : 'articles'} found.`;
  const option = (index: number) => ({
    id: optionId(id, index),
    role: 'option',
    'aria-selected': index === active,
    // Keep focus in the field: the click still lands.
    onMouseDown: (e: MouseEvent) => e.preventDefault(),
    onMouseMove: () => onActive(index),
    onClick: () => onChoose(index),
    // The highlighted option gets a bar as well as a tint, so it is not shown by colour alone.
    className: `block min-h-11 cursor-pointer border-l-4 px-3 py-2.5 ${index === active ? 'border-accent bg-rule' : 'border-transparent'}`,
  });

  return (
    <div className="absolute inset-x-0 top-full z-40 mt-px max-h-[calc(55svh-4rem)] overflow-y-auto border-y border-rule bg-panel text-left shadow-lg sm:mt-1 sm:max-h-[min(70vh,36rem)] sm:rounded-lg sm:border-x">
      <p role="status" className={results.length > 0 ? 'sr-only' : 'px-3 py-2 text-sm text-muted'}>
        {status}
      </p>
      <div id={id} role="listbox" aria-label="Search suggestions">
        {results.map((r, i) => {
          const hit = hits[i];
          return (
            <div key={r.id} {...option(i)}>
              <span className="block truncate text-xs font-medium text-muted">{r.title}</span>
              <span className="line-clamp-3 block text-sm">{hit ? <HitSnippet hit={hit} /> : r.title}</span>
            </div>
          );
        })}
        <div {...option(results.length)}>
          <span className="text-sm text-accent underline">All results for “{q}”</span>
        </div>
      </div>
    </div>
  );
}

/** A suggestion's best hit: cut from its article's text once loaded, else what the index alone could show. */
const hitOf = (r: SearchResult, text: ArticleText | undefined): Hit | undefined =>
  r.later && text ? r.later.hit(text) : r.hits[0];
