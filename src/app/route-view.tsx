import { lazy, type ComponentType } from 'react';

import { withCompleteStyles } from '@/lib/complete-styles';
import { formatRoute, useRoute, type Route } from '@/lib/router';

import { ArticlePage } from './article-page';
import { usePrefetchRouteData } from './prefetch-route-data';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { ViewBoundary } from './view-boundary';

// Each view is its own chunk, loaded with the data it shows: a reader opening an article never downloads
// the library or search code (test/budget checks the sizes). The reader itself is in the first download,
// which it is most of. The library is drawn with the first screen's stylesheet (src/index.css); the other
// views wait for the complete one, which holds their classes.
const view = <P,>(load: () => Promise<ComponentType<P>>) =>
  lazy(() => withCompleteStyles(load()).then((component) => ({ default: component })));

const LibraryView = lazy(() =>
  import('@/features/library/components/library-view').then((m) => ({ default: m.LibraryView })),
);
// Rarely seen, so not in the first download either.
const NotFound = view(() => import('./not-found').then((m) => m.NotFound));
const SpeakerPageView = view(() =>
  import('@/features/speakers/components/speaker-page').then((m) => m.SpeakerPageView),
);
const AddView = view(() => import('@/features/import/components/add-view').then((m) => m.AddView));
const CorrectionsView = view(() =>
  import('@/features/corrections/components/corrections-view').then((m) => m.CorrectionsView),
);
const SearchPage = view(() => import('@/features/search/components/search-page').then((m) => m.SearchPage));

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
