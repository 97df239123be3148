import { useEffect, useRef } from 'react';

import type { ImportProblem } from '../lib/import-source';

/** Why an import failed and what to do, focused so that a screen reader says it at once. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [problems]);
  return (
    <div
      ref={box}
      role="alert"
      tabIndex={-1}
      className="mt-6 rounded-lg border-2 border-ink bg-panel p-4 outline-none focus-visible:ring-2 focus-visible:ring-accent"
    >
      <h2 className="font-semibold">The article could not be imported</h2>
      <ul className="mt-2 space-y-2">
        {problems.map((p) => (
          <li key={p.message}>
            {p.message}. <span className="text-muted">{p.fix}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
