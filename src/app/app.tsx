import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

import { createQueryClient } from '@/lib/query-client';

export function App() {
  // One client for the app's lifetime (`@tanstack/query/stable-query-client`).
  const [queryClient] = useState(createQueryClient);

  return (
    <QueryClientProvider client={queryClient}>
      <main className="mx-auto max-w-3xl p-6 font-serif">
        <h1 className="text-3xl font-bold">Verbatim</h1>
        <p className="mt-2 text-neutral-600">Who said what, quote by quote. The reader is on its way.</p>
      </main>
    </QueryClientProvider>
  );
}
