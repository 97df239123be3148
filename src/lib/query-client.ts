import { notifyManager, QueryClient } from '@tanstack/react-query';

import { ContentLoadError } from './api/fetch-json';

/** As TanStack Query's default: a failed load is tried again three times (a flaky network). */
const RETRIES = 3;

/** Not a file that is missing or damaged: asking again gives the same answer, after seconds of "Loading…". */
export const shouldRetry = (failures: number, error: unknown): boolean =>
  failures < RETRIES &&
  !(error instanceof ContentLoadError && !error.retryable) &&
  // Offline, what the service worker did not keep fails again at once: say so instead of waiting.
  (typeof navigator === 'undefined' || navigator.onLine !== false);

// Query results reach components in a microtask, not TanStack Query's default `setTimeout(0)`: a timer
// task waits behind the frame Chromium renders after a keystroke, so every search suggestion painted one
// frame late (keystroke → suggestions painted, median 29 → 13 ms at 10,000 articles, bench:search).
notifyManager.setScheduler(queueMicrotask);

// Articles and their analyses are static files built with the site: once loaded they never go stale.
// Every load runs whatever the network (`networkMode: 'always'`): offline, the service worker answers
// from its cache, which the default mode would never ask — a reader whose connection drops would see
// "Loading…" for good.
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        networkMode: 'always',
      },
      mutations: { networkMode: 'always' },
    },
  });
