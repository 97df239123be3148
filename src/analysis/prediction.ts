// The evaluation's prediction format (shared/eval/FORMAT.md): one line per article, offsets into the input.

import type { Analysis, QuoteKind } from './types';

export interface Prediction {
  readonly id: string;
  readonly quotes: ReadonlyArray<{
    readonly start: number;
    readonly end: number;
    readonly kind: QuoteKind;
    readonly speaker: string | null;
    readonly speakerMention: readonly [number, number] | null;
  }>;
}

export function toPrediction(id: string, analysis: Analysis): Prediction {
  const shift = analysis.bodyOffset;
  const names = new Map(analysis.speakers.map((s) => [s.id, s.name]));
  return {
    id,
    quotes: analysis.quotes.map((q) => ({
      start: q.span[0] + shift,
      end: q.span[1] + shift,
      kind: q.kind,
      speaker: q.speakerId === null ? null : (names.get(q.speakerId) ?? null),
      speakerMention: q.mention ? [q.mention.span[0] + shift, q.mention.span[1] + shift] : null,
    })),
  };
}
