import { StrictMode } from 'react';
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

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
