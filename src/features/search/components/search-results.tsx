import { useState } from 'react';

import { useSearch } from '../api/search';
import { NoResults } from './no-results';
import { ResultList } from './result-list';

const PAGE_SIZE = 20;
const HITS_PER_RESULT = 3;

/** `#/search?q=…`: every matching article, best first, with up to three hits each. */
export function SearchResults({ q }: { q: string }) {
  // More results for this query only: a new query starts again from the first page.
  const [paging, setPaging] = useState({ q, limit: PAGE_SIZE });
  const limit = paging.q === q ? paging.limit : PAGE_SIZE;
  const search = useSearch(q, limit, HITS_PER_RESULT);
  const outcome = q.trim() ? search.data : undefined;

  const summary = !q.trim()
    ? 'Type in the search field above: titles, quotations, speakers and the text of every article.'
    : search.isError
      ? 'Search is unavailable: the index could not be loaded. Check the connection and try again.'
      : !outcome
        ? 'Searching…'
        : outcome.total === 0
          ? 'No results.'
          : `${String(outcome.total)} ${outcome.total === 1 ? 'article' : 'articles'}`;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold">
        {q.trim() ? <>Results for “{q.trim()}”</> : 'Search'}
      </h1>
      <p role="status" className="mt-1 text-[var(--muted)]">
        {summary}
      </p>
      {search.isError && (
        <button
          type="button"
          onClick={() => void search.refetch()}
          className="mt-4 min-h-11 rounded-md bg-[var(--accent)] px-4 font-medium text-[var(--page)]"
        >
          Try again
        </button>
      )}
      {(!q.trim() || outcome?.total === 0) && <NoResults q={q} suggestion={outcome?.suggestion ?? null} />}
      {outcome && outcome.results.length > 0 && (
        <div className={search.isPlaceholderData ? 'opacity-60' : undefined}>
          <ResultList results={outcome.results} />
          {outcome.total > outcome.results.length && (
            <button
              type="button"
              onClick={() => setPaging({ q, limit: limit + PAGE_SIZE })}
              className="mt-6 min-h-11 rounded-md border border-[var(--rule)] px-4 hover:bg-[var(--rule)]"
            >
              Show more results
            </button>
          )}
        </div>
      )}
    </div>
  );
}
