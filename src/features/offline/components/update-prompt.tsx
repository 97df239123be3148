import { useEffect, useState } from 'react';

import { lazyModule, useLazyModule, whenIdle } from '@/lib/lazy-module';

// The registration and the prompt are a chunk of their own, fetched once the page is idle: neither draws
// anything at first paint, and a new service worker's install downloads every file of the site, which
// should not compete with the first view's own files. It does not wait for the complete stylesheet, which
// restyles the whole page: the prompt applies it if it ever has something to show.
const toastModule = lazyModule(() => import('./update-toast'), { firstScreen: true });

const SUPPORTED = import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/** Registers the service worker once the page is idle and offers to reload when a new version is ready. */
export function UpdatePrompt() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (SUPPORTED) whenIdle(() => setIdle(true));
  }, []);
  const toast = useLazyModule(toastModule, idle);
  return toast ? <toast.UpdateToast /> : null;
}
