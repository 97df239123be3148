import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';

import { Layout } from './layout';
import { RouteView } from './route-view';

/**
 * `client`: one for the app's lifetime, made before the first render (main.tsx fills it with the first
 * view's data, app/first-route.ts).
 */
export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <Layout>
        <RouteView />
      </Layout>
    </QueryClientProvider>
  );
}
