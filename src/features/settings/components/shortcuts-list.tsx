import { useEffect, useRef } from 'react';

import { SHORTCUTS, type Shortcut } from '@/lib/shortcut-list';

/** One heading per place, so no line has to say where it works. */
const SCOPES: readonly (readonly [Shortcut['scope'], string])[] = [
  ['everywhere', 'Everywhere'],
  ['article', 'In an article'],
  ['search results', 'In search results'],
];

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
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-rule bg-panel p-6 text-ink backdrop:bg-black/50"
    >
      <h2 id="shortcuts-title" className="font-serif text-xl font-semibold">
        Keyboard shortcuts
      </h2>
      {SCOPES.map(([scope, heading]) => (
        <section key={scope} className="mt-4">
          <h3 className="text-sm font-semibold text-muted">{heading}</h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {SHORTCUTS.filter((s) => s.scope === scope).map((s) => (
              <div key={s.description} className="contents">
                <dt className="text-right whitespace-nowrap">
                  {s.keys.map((k) => (
                    <kbd
                      key={k}
                      className="mx-0.5 rounded border border-rule px-1.5 py-0.5 font-mono text-sm"
                    >
                      {k}
                    </kbd>
                  ))}
                </dt>
                <dd>{s.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog" className="mt-6 text-right">
        <button type="submit" className="min-h-11 rounded-md bg-accent px-4 font-medium text-page">
          Close
        </button>
      </form>
    </dialog>
  );
}
