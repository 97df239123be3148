import { LibraryView } from '@/features/library/components/library-view';
import { SearchPage } from '@/features/search/components/search-page';
import { formatRoute, useRoute, type Route } from '@/lib/router';

import { ArticlePage } from './article-page';
import { NotFound } from './not-found';
import { ViewBoundary } from './view-boundary';

/** The view for the current URL, each behind its own error boundary. */
export function RouteView() {
  const route = useRoute();
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
