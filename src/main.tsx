import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { watchSystemTheme } from '@/lib/settings';
import { acceptShare } from '@/lib/share-target';

import './index.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

watchSystemTheme();
// Before the first render, so the router sees the add view a share opened.
acceptShare();

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
