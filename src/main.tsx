import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { firstRouteReady } from '@/app/first-route';
import { createQueryClient } from '@/lib/query-client';
import { parseRoute } from '@/lib/router';
import { watchSystemTheme } from '@/lib/settings';

import './index.css';

/** The parameter the manifest's share_target action carries (src/lib/share-target.ts). */
const SHARE_TARGET_MARK = 'share-target';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

watchSystemTheme();
// Opened by a share (Web Share Target): its code loads only then, and turns the share into the add view.
if (window.location.search.includes(SHARE_TARGET_MARK)) {
  void import('@/lib/share-target').then((m) => m.acceptShare());
}

const client = createQueryClient();
// The first render draws the view with its data, which index.html's preloads have usually brought by now
// (app/first-route.ts). As a transition, it yields to the browser every few milliseconds instead of holding
// the main thread for the whole tree (a long task on a slow phone: Lighthouse's Total Blocking Time).
void firstRouteReady(client, parseRoute(window.location.hash)).then(() =>
  startTransition(() => {
    createRoot(rootElement).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  }),
);
