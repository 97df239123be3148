import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Loads a query that is not in the cache yet; never rejects. One already there, loaded or failed, is left
 * alone, so the view's `useSuspenseQuery` and its error boundary see the same query either way. Safe to
 * call during render, as TanStack Query's own `usePrefetchQuery` is.
 */
export const prefetchNew = <T, K extends QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): Promise<void> =>
  client.getQueryState(options.queryKey) ? Promise.resolve() : client.prefetchQuery(options);
