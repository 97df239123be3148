import { useEffect, useState } from 'react';

import { lazyModule, prepare, prefetchWhenIdle, useLazyModule } from '@/lib/lazy-module';
import { isPlainKey, isTyping } from '@/lib/shortcuts';
import { useDocumentEvent } from '@/lib/use-document-event';

// The list is a chunk of its own, fetched when the page is idle or the pointer or focus reaches the button.
const listModule = lazyModule(() => import('./shortcuts-list'));

/** "?" (or the button) opens the list of keyboard shortcuts in a modal dialog. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  const list = useLazyModule(listModule, open);

  useEffect(() => prefetchWhenIdle(listModule), []);
  useDocumentEvent('keydown', (e) => {
    if (e.key !== '?' || isTyping(e) || !isPlainKey(e)) return;
    e.preventDefault();
    setOpen(true);
  });

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={() => prepare(listModule)}
        onFocus={() => prepare(listModule)}
        className="hidden min-h-11 min-w-11 items-center justify-center rounded-md hover:bg-rule sm:inline-flex"
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      {open && list && <list.ShortcutsList onClose={() => setOpen(false)} />}
    </>
  );
}
