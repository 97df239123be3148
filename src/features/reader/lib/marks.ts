// Find matches and a search hit drawn over the text runs: a run is cut where marks begin and end, and each
// piece says which marks cover it. Marks may cross quotation edges; each run gets its own pieces.

import type { Span } from '@/content/schema';

export interface Mark {
  readonly span: Span;
  readonly kind: 'find' | 'hit' | 'dateline';
  /** The find match's number (the current one is drawn apart and scrolled to); 0 for the others. */
  readonly index: number;
}

export interface Piece {
  readonly span: Span;
  readonly marks: readonly Mark[];
}

/** `run` cut at mark edges; reading the pieces in order gives back the run. `marks` sorted by start. */
export function cutByMarks(run: Span, marks: readonly Mark[]): Piece[] {
  const [from, to] = run;
  const inside = marks.filter((m) => m.span[0] < to && m.span[1] > from && m.span[0] < m.span[1]);
  if (inside.length === 0) return [{ span: run, marks: [] }];
  const edges = new Set([from, to]);
  for (const m of inside) {
    if (m.span[0] > from) edges.add(m.span[0]);
    if (m.span[1] < to) edges.add(m.span[1]);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  return sorted.slice(1).map((end, k) => {
    const start = sorted[k] ?? from;
    return { span: [start, end], marks: inside.filter((m) => m.span[0] <= start && m.span[1] >= end) };
  });
}

/**
 * All marks of the shown text, sorted by start: each find match (numbered in order), the search hit from
 * the URL and each shown dateline.
 */
export function buildMarks(
  matches: readonly Span[],
  hit: readonly [number, number] | null,
  paragraphs: readonly { readonly dateline: Span | null }[],
): Mark[] {
  const marks: Mark[] = matches.map((span, index) => ({ span, kind: 'find', index }));
  if (hit && hit[0] < hit[1]) marks.push({ span: [hit[0], hit[1]], kind: 'hit', index: 0 });
  for (const p of paragraphs) if (p.dateline) marks.push({ span: p.dateline, kind: 'dateline', index: 0 });
  return marks.sort((a, b) => a.span[0] - b.span[0]);
}
