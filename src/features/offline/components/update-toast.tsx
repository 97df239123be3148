import { useEffect, useState } from 'react';

import { registerSW } from 'virtual:pwa-register';

import { completeStyles } from '@/lib/complete-styles';

type Update = (reload?: boolean) => Promise<void>;

/**
 * Registers the service worker and, when a new version has been downloaded, offers to reload into it.
 * Reloading keeps the reading position and the settings: both live in localStorage, written as they change.
 */
export function UpdateToast() {
  const [update, setUpdate] = useState<Update | null>(null);

  useEffect(() => {
    const updateSW = registerSW({
      // The prompt's classes are in the complete stylesheet, applied only now that there is one to show.
      onNeedRefresh: () => void completeStyles().finally(() => setUpdate(() => updateSW)),
    });
  }, []);

  // Nothing to say when the app becomes available offline: it is expected, and a toast would cover the text.
  if (update === null) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-[calc(env(safe-area-inset-bottom)+4.5rem)] z-50 mx-auto flex w-fit max-w-[calc(100vw-2rem)] flex-wrap items-center gap-3 rounded-lg border border-rule bg-panel px-4 py-2 shadow-lg lg:bottom-6 print:hidden"
    >
      <span>A new version is ready.</span>
      <button
        type="button"
        onClick={() => void update(true)}
        className="min-h-11 rounded-md bg-accent px-4 font-medium text-page"
      >
        Reload
      </button>
      <button type="button" onClick={() => setUpdate(null)} className="min-h-11 px-2 underline">
        Later
      </button>
    </div>
  );
}
