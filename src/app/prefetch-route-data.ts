import { useQueryClient } from '@tanstack/react-query';

import { articleQueryOptions } from '@/lib/api/article';
import { catalogQueryOptions } from '@/lib/api/catalog';
import type { Route } from '@/lib/router';

/**
 * Starts the current view's file (and its schema) downloading with the view's code rather than after it:
 * without this the article is only asked for once the reader's chunk has arrived and rendered, one round
 * trip later. Called during render, as TanStack Query's own `usePrefetchQuery` is: a query already in the
 * cache, loaded or failed, is left alone, so the view's `useSuspenseQuery` and its error boundary see the
 * same query either way.
 */
export function usePrefetchRouteData(route: Route): void {
  const client = useQueryClient();
  if (route.name === 'article') {
    const options = articleQueryOptions(route.id);
    if (!client.getQueryState(options.queryKey)) void client.prefetchQuery(options);
  } else if (route.name === 'library') {
    const options = catalogQueryOptions();
    if (!client.getQueryState(options.queryKey)) void client.prefetchQuery(options);
  }
}
