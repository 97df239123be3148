import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';

import { articlePath, isLocalId } from '@/content/paths';
import { Article } from '@/content/schema';
import { hasStoredCorrections } from '@/lib/corrections-key';

import { ContentLoadError, fetchJson } from './fetch-json';

export const getArticle = (id: string, signal?: AbortSignal): Promise<Article> =>
  fetchJson(articlePath(id), Article, 'this article', signal).then((article) => {
    // A file renamed by hand would otherwise show another article under this URL.
    if (article.id !== id) {
      throw new ContentLoadError(
        'This article file holds another article.',
        `articles/${id}.json holds ${article.id}`,
        false,
      );
    }
    return article;
  });

/** The article as built (or imported), before the reader's own corrections. */
export const articleSourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id, 'source'],
    // An imported article (`local-…`) is read from this browser's storage, loaded only when one is opened.
    queryFn: ({ signal }) =>
      isLocalId(id)
        ? import('@/lib/local-articles').then((m) => m.getLocalArticles().get(id))
        : getArticle(id, signal),
  });

/**
 * The article as the reader sees it: the source with their corrections applied (src/lib/corrections.ts).
 * Those live in this browser's storage, as the source lives on the server, so they are not in the key:
 * saving one refreshes this query (`refreshArticle`), which re-applies them to the cached source. The
 * corrections code loads only for a reader who has made some.
 */
export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: async ({ client }) => {
      const article = await client.ensureQueryData(articleSourceQueryOptions(id));
      if (!hasStoredCorrections()) return article;
      const { withCorrections } = await import('@/lib/corrections-apply');
      return withCorrections(article);
    },
    // The source query retries a failed download; retrying here too would multiply the attempts.
    retry: false,
  });

/** After a correction of this article is saved or undone. */
export const refreshArticle = (client: QueryClient, id: string) =>
  client.invalidateQueries({ queryKey: articleQueryOptions(id).queryKey, exact: true });

export const useArticle = (id: string) => useSuspenseQuery(articleQueryOptions(id)).data;
