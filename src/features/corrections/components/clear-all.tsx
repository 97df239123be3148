import { useRef, useState } from 'react';

const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-rule px-3 text-sm font-medium hover:bg-rule';

/** "Clear all", asked twice: the corrections are kept nowhere else. */
export function ClearAll({ count, onClear }: { count: number; onClear: () => void }) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <button ref={opener} type="button" className={BUTTON} onClick={() => setAsking(true)}>
        Clear all
      </button>
    );
  }
  const keep = () => {
    setAsking(false);
    // After the opener is back in the page.
    window.setTimeout(() => opener.current?.focus(), 0);
  };
  return (
    <div
      role="alertdialog"
      aria-label="Clear all corrections?"
      className="flex flex-wrap items-center gap-2 rounded-md border border-rule p-2"
    >
      <p className="px-1 text-sm">
        Delete all {count === 1 ? 'your correction' : `${String(count)} corrections`}? This cannot be undone.
      </p>
      <button
        type="button"
        autoFocus
        className={`${BUTTON} border-red-700 text-red-800 dark:border-red-400 dark:text-red-300`}
        onClick={onClear}
      >
        Delete all
      </button>
      <button type="button" className={BUTTON} onClick={keep}>
        Keep them
      </button>
    </div>
  );
}
