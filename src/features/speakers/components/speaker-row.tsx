import { useId } from 'react';

import type { QuoteCounts, Speaker, SpeakerKind } from '@/content/schema';

import { collectAliases } from '../lib/aliases';
import { describeCounts } from '../lib/summarize';

import { SpeakerChip } from './speaker-chip';

const KIND_LABELS: Record<SpeakerKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  group: 'Group',
  unknown: 'Unidentified',
};

interface Props {
  speaker: Speaker;
  counts: QuoteCounts;
  color: number | null;
  pressed: boolean;
  onToggle: () => void;
}

/**
 * One speaker: a toggle that focuses the reader (and the sidebar) on their quotations. Named by the
 * speaker's name alone, with the rest as its description, so a screen reader announces "Zamir Kabulov,
 * toggle button" before the details rather than one long label.
 */
export function SpeakerRow({ speaker, counts, color, pressed, onToggle }: Props) {
  const aliases = collectAliases(speaker);
  const id = useId();
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-details`}
      onClick={onToggle}
      data-speaker-color={color ?? 'none'}
      className="flex w-full min-w-0 gap-3 rounded-lg border border-rule p-3 text-left hover:bg-sp-tint/50 aria-pressed:border-sp aria-pressed:bg-sp-tint aria-pressed:shadow-[inset_4px_0_0_var(--sp)]"
    >
      <SpeakerChip name={speaker.name} color={color} />
      <span className="min-w-0 flex-1 break-words">
        <span id={`${id}-name`} className="mr-2 font-semibold">
          {speaker.name}
        </span>
        <span id={`${id}-details`}>
          <span className="text-xs tracking-wide text-muted uppercase">
            {KIND_LABELS[speaker.kind]}
            <span className="sr-only">.</span>
          </span>
          {speaker.roles.length > 0 && (
            <span className="mt-0.5 block text-sm">{speaker.roles.join('; ')}</span>
          )}
          {aliases.length > 0 && (
            <span className="mt-0.5 block text-sm text-muted">also: {aliases.join(', ')}</span>
          )}
          <span className="mt-1 block text-sm text-muted">{describeCounts(counts)}</span>
        </span>
        {pressed && (
          <span className="mt-1 block text-sm font-medium">
            <span aria-hidden="true">✓ </span>Focused: select again to show everyone
          </span>
        )}
      </span>
    </button>
  );
}
