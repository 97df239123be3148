import { QueryClient } from '@tanstack/react-query';

// Articles and their analyses are static files built with the site: once loaded they never go stale.
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false },
    },
  });
