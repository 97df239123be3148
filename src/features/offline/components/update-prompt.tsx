import { lazyModule, useLazyModule } from '@/lib/lazy-module';

// The registration and the prompt are a chunk of their own, fetched once the page has rendered: neither
// draws anything at first paint, so neither belongs in the first download.
const toastModule = lazyModule(() => import('./update-toast'));

const WANTED = import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/** Registers the service worker after the first render and offers to reload when a new version is ready. */
export function UpdatePrompt() {
  const toast = useLazyModule(toastModule, WANTED);
  return toast ? <toast.UpdateToast /> : null;
}
