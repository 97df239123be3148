import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { articlePath, isLocalId } from '@/content/paths';
import { Article } from '@/content/schema';

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

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    // An imported article (`local-…`) is read from this browser's storage, loaded only when one is opened.
    queryFn: ({ signal }) =>
      isLocalId(id)
        ? import('@/lib/local-articles').then((m) => m.getLocalArticles().get(id))
        : getArticle(id, signal),
  });

export const useArticle = (id: string) => useSuspenseQuery(articleQueryOptions(id)).data;
