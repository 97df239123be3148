import { initials } from '@/lib/speaker-colors';

interface Props {
  /** Null: the quotations nobody could be credited with. */
  name: string | null;
  color: number | null;
  small?: boolean;
}

/**
 * The speaker's colour with their initials on it, so the colour is never the only cue. Ink on the tint
 * keeps ≥ 7:1 in both themes (src/index.css); the ring carries the strong tone.
 */
export function SpeakerChip({ name, color, small = false }: Props) {
  return (
    <span
      aria-hidden="true"
      data-speaker-color={color ?? 'none'}
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-sp-tint font-bold ${small ? 'size-7 text-xs' : 'size-9 text-sm'} text-ink ring-2 ring-sp ring-inset`}
    >
      {name === null ? '?' : initials(name)}
    </span>
  );
}
