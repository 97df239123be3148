import type { Speaker } from '@/content/schema';

import type { Voices } from '../lib/voices';

interface VoicesSummaryProps {
  readonly voices: Voices;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly colors: ReadonlyMap<string, number | null>;
}

/**
 * Who gets how much of the quoted words: a stacked bar for the eye (hidden from screen readers) and the
 * same shares as a list with names and percentages, so colour is never the only way to read it. Past
 * VOICE_ROWS speakers (lib/voices.ts) the smaller ones share one grey row, "N others"; the speakers'
 * list beside the article names each.
 */
export function VoicesSummary({ voices, speakers, colors }: VoicesSummaryProps) {
  if (voices.totalWords === 0) {
    return <p className="mt-6 font-sans text-sm text-muted">No quotations were found in this article.</p>;
  }
  const rows = voices.voices.map((v) => ({
    ...v,
    key: v.speakerId ?? '(none)',
    name:
      v.speakerId === null
        ? 'Unattributed'
        : v.speakerId
          ? (speakers.get(v.speakerId)?.name ?? v.speakerId)
          : `${String(voices.others)} others`,
    color: String((v.speakerId ? colors.get(v.speakerId) : null) ?? 'none'),
  }));
  return (
    <section
      aria-labelledby="voices-title"
      className="mt-6 rounded-lg border border-rule p-4 font-sans text-sm print:hidden"
    >
      <h2 id="voices-title" className="text-xs font-semibold tracking-wider text-muted uppercase">
        Voices <span className="font-normal normal-case">· share of {voices.totalWords} quoted words</span>
      </h2>
      <div aria-hidden="true" className="mt-3 flex h-2.5 gap-0.5 overflow-hidden rounded-full">
        {rows.map((r) => (
          <span
            key={r.key}
            data-speaker-color={r.color}
            className="min-w-1 bg-sp"
            style={{ flexGrow: r.words, flexBasis: 0 }}
          />
        ))}
      </div>
      <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {rows.map((r) => (
          <li key={r.key} data-speaker-color={r.color} className="flex items-baseline gap-2">
            <span aria-hidden="true" className="size-2.5 shrink-0 translate-y-px rounded-full bg-sp" />
            <span className="min-w-0 flex-1 break-words">{r.name}</span>
            <span className="tabular-nums">
              {r.percent}%<span className="sr-only">, {r.words} words</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
