import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

import { createQueryClient } from '@/lib/query-client';

import { Layout } from './layout';
import { RouteView } from './route-view';

export function App() {
  // One client for the app's lifetime (`@tanstack/query/stable-query-client`).
  const [queryClient] = useState(createQueryClient);

  return (
    <QueryClientProvider client={queryClient}>
      <Layout>
        <RouteView />
      </Layout>
    </QueryClientProvider>
  );
}
