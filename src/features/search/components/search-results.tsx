import { useState } from 'react';

import type { SearchFilters as Filters } from '@/lib/router';

import { useSearch } from '../api/search';
import { hasFilters } from '../lib/filters';
import { FilterChips } from './filter-chips';
import { NoResults } from './no-results';
import { OfflineNote } from './offline-note';
import { ResultList } from './result-list';
import { SearchDownloads } from './search-downloads';
import { SearchFilters } from './search-filters';

const PAGE_SIZE = 20;
const HITS_PER_RESULT = 3;

const articles = (n: number) => `${String(n)} ${n === 1 ? 'article' : 'articles'}`;

/**
 * `#/search?q=…&speaker=…`: every matching article, best first, with up to three hits each; with filters
 * and no query, every article passing them, newest first.
 */
export function SearchResults({ q, filters }: { q: string; filters: Filters }) {
  // More results for this search only: a new query or filter starts again from the first page.
  const key = JSON.stringify([q, filters]);
  const [paging, setPaging] = useState({ key, limit: PAGE_SIZE });
  const limit = paging.key === key ? paging.limit : PAGE_SIZE;
  const search = useSearch(q, filters, limit, HITS_PER_RESULT);
  const asked = q.trim() !== '' || hasFilters(filters);
  const outcome = asked ? search.data : undefined;
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;

  const summary = !asked
    ? 'Type in the search field above, or choose a filter: titles, quotations, speakers and the text of every article.'
    : search.isError
      ? offline
        ? 'You are offline, and this search could not be loaded.'
        : 'Search is unavailable: the index could not be loaded. Check the connection and try again.'
      : !outcome
        ? 'Searching…'
        : outcome.total === 0
          ? 'No results.'
          : hasFilters(filters) && q.trim()
            ? `${articles(outcome.total)}, filtered from ${String(outcome.unfiltered)}`
            : articles(outcome.total);

  const speakers = [...new Set(outcome?.results.flatMap((r) => r.speakers) ?? [])];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold break-words">
        {q.trim() ? <>Results for “{q.trim()}”</> : 'Search'}
      </h1>
      <p role="status" className="mt-1 text-muted">
        {summary}
      </p>
      <SearchFilters q={q} filters={filters} speakers={speakers} />
      <FilterChips q={q} filters={filters} />
      {search.isError && (
        <>
          {offline && <OfflineNote offline />}
          <button
            type="button"
            onClick={() => void search.refetch()}
            className="mt-4 min-h-11 rounded-md bg-accent px-4 font-medium text-page"
          >
            Try again
          </button>
        </>
      )}
      {(!asked || outcome?.total === 0) && <NoResults q={q} filters={filters} outcome={outcome} />}
      {outcome && outcome.results.length > 0 && (
        <div className={search.isPlaceholderData ? 'opacity-60' : undefined}>
          <SearchDownloads q={q} filters={filters} />
          <ResultList results={outcome.results} />
          {outcome.total > outcome.results.length && (
            <button
              type="button"
              onClick={() => setPaging({ key, limit: limit + PAGE_SIZE })}
              className="mt-6 min-h-11 rounded-md border border-rule px-4 hover:bg-rule"
            >
              Show more results
            </button>
          )}
        </div>
      )}
      {!(search.isError && offline) && <OfflineNote />}
    </div>
  );
}
