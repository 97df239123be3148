import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { Catalog } from '@/content/schema';

import { fetchJson } from './fetch-json';

export const getCatalog = (signal?: AbortSignal): Promise<Catalog> =>
  fetchJson('catalog.json', Catalog, 'the list of articles', signal);

export const catalogQueryOptions = () =>
  queryOptions({ queryKey: ['catalog'], queryFn: ({ signal }) => getCatalog(signal) });

export const useCatalog = () => useSuspenseQuery(catalogQueryOptions()).data;
