import { useEffect, useRef } from 'react';

import { SHORTCUTS } from '@/lib/shortcut-list';

/** The list of keyboard shortcuts, a modal dialog shown as it mounts; `onClose` when it is closed. */
export function ShortcutsList({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
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
  );
}
