import { QueryClient } from '@tanstack/react-query';

import { ContentLoadError } from './api/fetch-json';

/** As TanStack Query's default: a failed load is tried again three times (a flaky network). */
const RETRIES = 3;

/** Not a file that is missing or damaged: asking again gives the same answer, after seconds of "Loading…". */
export const shouldRetry = (failures: number, error: unknown): boolean =>
  failures < RETRIES && !(error instanceof ContentLoadError && !error.retryable);

// Articles and their analyses are static files built with the site: once loaded they never go stale.
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: shouldRetry },
    },
  });
