// Queries over the articles a reader imported (src/lib/local-articles.ts). Their storage code loads on
// first use, never with the page. Every key starts with LOCAL_KEY, so one invalidation after an import or a
// delete refreshes the library's list and the search index of local articles alike.

import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';

import type { LocalList } from '@/lib/local-articles';

export const LOCAL_KEY = 'local-articles';

export const loadLocalArticles = () => import('@/lib/local-articles').then((m) => m.getLocalArticles());

/** Never fails: storage that cannot be read is a `problem` for the library to show beside the bundled list. */
export const localListQueryOptions = () =>
  queryOptions({
    queryKey: [LOCAL_KEY, 'list'],
    queryFn: async (): Promise<LocalList> => (await loadLocalArticles()).list(),
  });

export const useLocalList = () => useSuspenseQuery(localListQueryOptions()).data;

/** Every local article, whole (for search); none if storage cannot be read. */
export const localAllQueryOptions = () =>
  queryOptions({
    queryKey: [LOCAL_KEY, 'all'],
    queryFn: async () => (await loadLocalArticles()).all().catch(() => []),
  });

/**
 * The prefix of every search-results key (src/features/search/api/search.ts builds on it), here so that
 * an import or a delete can refresh them without the search feature.
 */
export const SEARCH_RESULTS_KEY = ['search', 'results'] as const;

/**
 * After an import, a delete or an undo. Search results merge local articles in (src/lib/api/local-search.ts)
 * and never go stale on their own, so they are refreshed too, by their keys' prefix.
 */
export const refreshLocalArticles = async (client: QueryClient) => {
  await client.invalidateQueries({ queryKey: [LOCAL_KEY] });
  await client.invalidateQueries({ queryKey: SEARCH_RESULTS_KEY });
};
