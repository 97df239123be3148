import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
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

// As a transition, the first render yields to the browser every few milliseconds instead of holding the
// main thread for the whole tree (a long task on a slow phone: Lighthouse's Total Blocking Time).
startTransition(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
