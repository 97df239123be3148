import { useEffect, useRef } from 'react';

import type { Stage } from '../lib/import-source';

const STAGES: readonly { readonly stage: Stage; readonly label: string }[] = [
  { stage: 'read', label: 'Reading' },
  { stage: 'reduce', label: 'Keeping only the article’s text' },
  { stage: 'analyse', label: 'Finding quotations and speakers' },
  { stage: 'check', label: 'Checking the result' },
  { stage: 'save', label: 'Saving in this browser' },
];

interface Props {
  readonly stage: Stage;
  /** The file's name, or "your text". */
  readonly what: string;
  readonly onCancel: () => void;
}

/**
 * Where an import is: a progress bar by stage and the list of stages, each marked in words (done, now,
 * waiting), not by colour alone. The engine runs as one call, so the bar moves by stage, not by the word.
 */
export function ImportProgress({ stage, what, onCancel }: Props) {
  const at = STAGES.findIndex((s) => s.stage === stage);
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus moves from the button that started the import (now gone) to the one that can stop it.
  useEffect(() => cancel.current?.focus(), []);

  return (
    <section
      aria-labelledby="import-progress-title"
      className="mt-8 rounded-lg border border-rule bg-panel p-5"
    >
      <h2 id="import-progress-title" className="font-serif text-xl font-semibold">
        Importing {what}
      </h2>
      <progress
        className="mt-4 h-2 w-full accent-accent"
        max={STAGES.length}
        value={at + 0.5}
        aria-label="Import progress"
        aria-valuetext={`Step ${String(at + 1)} of ${String(STAGES.length)}: ${STAGES[at]?.label ?? ''}`}
      />
      <p role="status" className="mt-3 font-medium">
        Step {at + 1} of {STAGES.length}: {STAGES[at]?.label}…
      </p>
      <ol className="mt-3 space-y-1 text-sm">
        {STAGES.map((s, i) => (
          <li key={s.stage} className={i > at ? 'text-muted' : undefined}>
            <span aria-hidden="true" className="inline-block w-5">
              {i < at ? '✓' : i === at ? '›' : '·'}
            </span>
            {s.label}
            <span className="sr-only">{i < at ? ' (done)' : i === at ? ' (in progress)' : ' (waiting)'}</span>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm text-muted">
        The page stays usable meanwhile; a long article takes a few seconds.
      </p>
      <button
        ref={cancel}
        type="button"
        onClick={onCancel}
        className="mt-4 min-h-11 rounded-md border border-rule px-4 font-medium hover:bg-rule"
      >
        Cancel
      </button>
    </section>
  );
}
