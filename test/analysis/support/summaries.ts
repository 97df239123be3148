// Compact, readable views of an analysis for table rows: each quotation as its text, cue, speaker name
// and mention, each speaker as its name, kind and aliases.

import type { Analysis, SpeakerKind } from '@/analysis';

export interface QuoteRow {
  readonly kind: 'direct' | 'indirect' | 'mixed';
  /** The quotation as written, marks included. */
  readonly text: string;
  readonly cue: string | null;
  /** The speaker's canonical name. */
  readonly speaker: string | null;
  /** The words the attribution rests on. */
  readonly mention: string | null;
}

export interface SpeakerRow {
  readonly name: string;
  readonly named: boolean;
  readonly kind: SpeakerKind;
  readonly aliases: readonly string[];
  /** The text of each quotation attributed to the speaker. */
  readonly quotes: readonly string[];
}

export function quoteRows(r: Analysis): QuoteRow[] {
  const names = new Map(r.speakers.map((s) => [s.id, s.name]));
  return r.quotes.map((q) => ({
    kind: q.kind,
    text: r.text.slice(q.span[0], q.span[1]),
    cue: q.cue?.text ?? null,
    speaker: q.speakerId === null ? null : (names.get(q.speakerId) ?? null),
    mention: q.mention?.text ?? null,
  }));
}

export function speakerRows(r: Analysis): SpeakerRow[] {
  const textOf = new Map(r.quotes.map((q) => [q.id, r.text.slice(q.span[0], q.span[1])]));
  return r.speakers.map((s) => ({
    name: s.name,
    named: s.named,
    kind: s.kind,
    aliases: s.aliases,
    quotes: s.quoteIds.map((id) => textOf.get(id) ?? id),
  }));
}
