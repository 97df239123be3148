import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { articlePath } from '@/content/paths';
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
  queryOptions({ queryKey: ['article', id], queryFn: ({ signal }) => getArticle(id, signal) });

export const useArticle = (id: string) => useSuspenseQuery(articleQueryOptions(id)).data;
