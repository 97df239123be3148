import { useEffect, useRef } from 'react';

import type { Deleted } from '../hooks/use-local-delete';

/** "Deleted “…”. Undo": where focus goes when the Delete button it replaces disappears. */
export function UndoBar({
  deleted,
  onUndo,
  onDismiss,
}: {
  deleted: Deleted;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [deleted]);
  return (
    <div
      role="status"
      className="mt-6 flex flex-wrap items-center gap-3 rounded-lg border border-rule bg-panel px-4 py-2"
    >
      <span className="min-w-0 flex-1">Deleted “{deleted.title}” from this browser.</span>
      {deleted.record && (
        <button
          ref={undo}
          type="button"
          onClick={onUndo}
          className="min-h-11 rounded-md bg-accent px-4 font-medium text-page"
        >
          Undo
        </button>
      )}
      <button type="button" onClick={onDismiss} className="min-h-11 px-2 underline">
        Dismiss
      </button>
    </div>
  );
}
