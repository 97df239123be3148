import { lazy } from 'react';

import { formatRoute, useRoute, type Route } from '@/lib/router';

import { usePrefetchRouteData } from './prefetch-route-data';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { ViewBoundary } from './view-boundary';

// Each view is its own chunk, loaded with the data it shows: the first download is the shell, and a
// reader opening an article never downloads the library or search code (test/budget checks the sizes).
const LibraryView = lazy(() =>
  import('@/features/library/components/library-view').then((m) => ({ default: m.LibraryView })),
);
const ArticlePage = lazy(() => import('./article-page').then((m) => ({ default: m.ArticlePage })));
// Rarely seen, so not in the first download either.
const NotFound = lazy(() => import('./not-found').then((m) => ({ default: m.NotFound })));
const SpeakerPageView = lazy(() =>
  import('@/features/speakers/components/speaker-page').then((m) => ({ default: m.SpeakerPageView })),
);
const AddView = lazy(() =>
  import('@/features/import/components/add-view').then((m) => ({ default: m.AddView })),
);
const CorrectionsView = lazy(() =>
  import('@/features/corrections/components/corrections-view').then((m) => ({
    default: m.CorrectionsView,
  })),
);
const SearchPage = lazy(() =>
  import('@/features/search/components/search-page').then((m) => ({ default: m.SearchPage })),
);

/** The view for the current URL, each behind its own error boundary. */
export function RouteView() {
  const route = useRoute();
  usePrefetchRouteData(route);
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
      return <SearchPage q={route.q} filters={route.filters} />;
    case 'add':
      return <AddView route={route} />;
    case 'speaker':
      return <SpeakerPageView speaker={route.key} />;
    case 'corrections':
      return <CorrectionsView />;
    case 'not-found':
      return <NotFound what={`The page “${route.path}”`} />;
  }
}
