import type { Ref } from 'react';

import type { Speaker } from '@/content/schema';

import { SpeakerChip } from './speaker-chip';

interface Props {
  open: boolean;
  count: number;
  focused: Speaker | null;
  color: number | null;
  panelId: string;
  toggleRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
  onClear: () => void;
}

/** The phone layout's bar along the bottom: opens the sheet, shows and clears the focus. */
export function SheetBar({ open, count, focused, color, panelId, toggleRef, onToggle, onClear }: Props) {
  return (
    <div className={`flex items-center gap-1 lg:hidden ${open ? 'border-t border-rule' : ''}`}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={onToggle}
        className="flex min-h-14 min-w-0 flex-1 items-center gap-2 rounded-md text-left font-medium"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className={`size-4 shrink-0 transition-transform ${open ? 'rotate-180' : ''}`}
        >
          <path d="M3 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="shrink-0">Speakers ({count})</span>
        {focused && (
          <span className="flex min-w-0 items-center gap-2 font-normal">
            <span aria-hidden="true" className="text-muted">
              ·
            </span>
            {/* Below 360 px the name needs the room more than its colour does. */}
            <span className="contents max-[22.5rem]:hidden">
              <SpeakerChip name={focused.name} color={color} small />
            </span>
            <span className="truncate">
              <span className="sr-only">, focus on </span>
              {focused.name}
            </span>
          </span>
        )}
      </button>
      {focused && (
        <button
          type="button"
          onClick={onClear}
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md hover:bg-rule"
        >
          <span aria-hidden="true">✕</span>
          <span className="sr-only">Clear focus on {focused.name}</span>
        </button>
      )}
    </div>
  );
}
