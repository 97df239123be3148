import { useQueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';

import { withCompleteStyles } from '@/lib/complete-styles';
import type { LazyModule } from '@/lib/lazy-module';
import { formatRoute, useRoute, type Route } from '@/lib/router';

import { ArticlePage } from './article-page';
import { libraryViewModule, prepareRoute } from './first-route';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { ViewBoundary } from './view-boundary';

// Each view is its own chunk, loaded with the data it shows: a reader opening an article never downloads
// the library or search code (test/budget checks the sizes). The reader itself is in the first download,
// which it is most of. The library is drawn with the first screen's stylesheet (src/index.css); the other
// views wait for the complete one, which holds their classes.
const view = <P,>(load: () => Promise<ComponentType<P>>) =>
  lazy(() => withCompleteStyles(load()).then((component) => ({ default: component })));

/**
 * A view whose module may have arrived before it first renders (first-route.ts loads the first view's).
 * React.lazy calls `then` on what its loader returns and checks at once whether it has settled: a module
 * already here is handed over in a thenable that settles within that call, so the view draws without
 * suspending.
 */
const preloadedView = <M, P>(module: LazyModule<M>, pick: (m: M) => ComponentType<P>) =>
  lazy(() => {
    const loaded = module.current();
    if (!loaded) return module.load().then((m) => ({ default: pick(m) }));
    const settled = {
      then: (fulfil: (m: { default: ComponentType<P> }) => void) => fulfil({ default: pick(loaded) }),
    };
    return settled as unknown as Promise<{ default: ComponentType<P> }>;
  });

const LibraryView = preloadedView(libraryViewModule, (m) => m.LibraryView);
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
  void prepareRoute(useQueryClient(), route);
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
