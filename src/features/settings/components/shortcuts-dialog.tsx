import { useEffect, useRef } from 'react';

import { isPlainKey, isTyping, SHORTCUTS } from '@/lib/shortcuts';

/** "?" (or the button) opens the list of keyboard shortcuts in a modal dialog. */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || isTyping(e) || !isPlainKey(e)) return;
      e.preventDefault();
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="hidden min-h-11 min-w-11 items-center justify-center rounded-md hover:bg-[var(--rule)] sm:inline-flex"
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-[var(--rule)] bg-[var(--panel)] p-6 text-[var(--ink)] backdrop:bg-black/50"
      >
        <h2 id="shortcuts-title" className="font-serif text-xl font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {SHORTCUTS.map((s) => (
            <div key={s.description} className="contents">
              <dt className="text-right whitespace-nowrap">
                {s.keys.map((k) => (
                  <kbd
                    key={k}
                    className="mx-0.5 rounded border border-[var(--rule)] px-1.5 py-0.5 font-mono text-sm"
                  >
                    {k}
                  </kbd>
                ))}
              </dt>
              <dd>
                {s.description}
                {s.scope !== 'everywhere' && <span className="text-[var(--muted)]"> ({s.scope})</span>}
              </dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-6 text-right">
          <button
            type="submit"
            className="min-h-11 rounded-md bg-[var(--accent)] px-4 font-medium text-[var(--page)]"
          >
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
