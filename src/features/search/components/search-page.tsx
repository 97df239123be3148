import { lazy } from 'react';

import type { SearchFilters } from '@/lib/router';

// The results page arrives with the search code, not in the first bundle; the view's boundary shows
// "Loading…" meanwhile.
const SearchResults = lazy(() => import('./search-results').then((m) => ({ default: m.SearchResults })));

/** `#/search?q=…&speaker=…&kind=…&source=…&from=…&to=…`. */
export function SearchPage({ q, filters }: { q: string; filters: SearchFilters }) {
  return <SearchResults q={q} filters={filters} />;
}
