import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { watchSystemTheme } from '@/lib/settings';

import './index.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

watchSystemTheme();

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
