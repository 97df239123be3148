import { lazy } from 'react';

import { formatRoute, useRoute, type Route } from '@/lib/router';

import { NotFound } from './not-found';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { ViewBoundary } from './view-boundary';

// Each view is its own chunk, loaded with the data it shows: the first download is the shell, and a
// reader opening an article never downloads the library or search code (test/budget checks the sizes).
const LibraryView = lazy(() =>
  import('@/features/library/components/library-view').then((m) => ({ default: m.LibraryView })),
);
const ArticlePage = lazy(() => import('./article-page').then((m) => ({ default: m.ArticlePage })));
const SearchPage = lazy(() =>
  import('@/features/search/components/search-page').then((m) => ({ default: m.SearchPage })),
);

/** The view for the current URL, each behind its own error boundary. */
export function RouteView() {
  const route = useRoute();
  useFocusOnNavigate(viewKey(route));
  return (
    <ViewBoundary resetKey={viewKey(route)}>
      <View route={route} />
    </ViewBoundary>
  );
}

/** Errors reset when the reader goes to another view or article, not on every quotation step. */
const viewKey = (route: Route): string =>
  route.name === 'article' ? `article:${route.id}` : formatRoute(route);

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryView sort={route.sort} speaker={route.speaker} />;
    case 'article':
      return <ArticlePage route={route} />;
    case 'search':
      return <SearchPage q={route.q} />;
    case 'speaker':
      return <NotFound what={`The speaker page “${route.key}”`} />;
    case 'not-found':
      return <NotFound what={`The page “${route.path}”`} />;
  }
}
