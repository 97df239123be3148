import { useEffect, useRef } from 'react';

interface FindBarProps {
  readonly query: string;
  readonly count: number;
  readonly current: number;
  readonly onQuery: (query: string) => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
  /** Bumped by "f" while the bar is open, to put the caret back in the field. */
  readonly focusSignal: number;
}

const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md hover:bg-rule disabled:opacity-40';

/** Find in the article, docked at the bottom of the window like a browser's own find bar. */
export function FindBar({ query, count, current, onQuery, onStep, onClose, focusSignal }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);

  const status =
    query.trim() === '' ? '' : count === 0 ? 'No matches' : `${String(current + 1)} of ${String(count)}`;
  return (
    <div
      role="search"
      aria-label="Find in article"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-rule bg-panel pb-[env(safe-area-inset-bottom)] font-sans shadow-[0_-4px_16px_rgb(0_0_0/0.08)] print:hidden"
    >
      <div className="mx-auto flex max-w-[66ch] items-center gap-1 px-2 py-1.5">
        <label htmlFor="reader-find" className="sr-only">
          Find in article
        </label>
        <input
          ref={input}
          id="reader-find"
          type="search"
          value={query}
          placeholder="Find in article"
          autoComplete="off"
          enterKeyHint="search"
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onStep(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onClose();
            }
          }}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-rule bg-page px-3 text-base [&::-webkit-search-cancel-button]:hidden"
        />
        <output
          aria-live="polite"
          className="min-w-[5.5rem] px-1 text-center text-sm text-muted tabular-nums"
        >
          {status}
        </output>
        <button type="button" className={BUTTON} disabled={count === 0} onClick={() => onStep(-1)}>
          <span aria-hidden="true">↑</span>
          <span className="sr-only">Previous match</span>
        </button>
        <button type="button" className={BUTTON} disabled={count === 0} onClick={() => onStep(1)}>
          <span aria-hidden="true">↓</span>
          <span className="sr-only">Next match</span>
        </button>
        <button type="button" className={BUTTON} onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="sr-only">Close find</span>
        </button>
      </div>
    </div>
  );
}
