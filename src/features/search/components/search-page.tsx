import { lazy } from 'react';

// The results page arrives with the search code, not in the first bundle; the view's boundary shows
// "Loading…" meanwhile.
const SearchResults = lazy(() => import('./search-results').then((m) => ({ default: m.SearchResults })));

/** `#/search?q=…`. */
export function SearchPage({ q }: { q: string }) {
  return <SearchResults q={q} />;
}
