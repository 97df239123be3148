// Quotations made fit to draw as nested highlights: each span clamped to the text and kept off the middle of
// a surrogate pair, then whatever cannot nest dropped and reported, so what remains is properly nested.

import type { Quote } from '@/analysis';

/** All the layout reads of a quotation. */
export type QuoteSpan = Pick<Quote, 'id' | 'kind' | 'span'>;

export type DropReason = 'invalid-span' | 'duplicate-id' | 'crosses';

/** A quotation the reader cannot highlight, and why; the app shows a notice for these. */
export interface DroppedQuote {
  readonly id: string;
  readonly reason: DropReason;
}

/** A quotation kept, at the offsets it is drawn at. */
export interface PlacedQuote {
  readonly quote: QuoteSpan;
  readonly start: number;
  readonly end: number;
  /** How many kept quotations contain it. */
  readonly depth: number;
  /** Index of the innermost kept quotation containing it, or -1. */
  readonly parent: number;
}

export interface NestedQuotes {
  /** Properly nested, by start, an outer quotation before those inside it (identical spans: input order). */
  readonly placed: readonly PlacedQuote[];
  readonly dropped: readonly DroppedQuote[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function nestQuotes(text: string, quotes: readonly QuoteSpan[]): NestedQuotes {
  const n = text.length;
  // A boundary between the halves of a pair moves past the pair, so no highlight splits "😀" into two "�".
  // Every boundary moves the same way, so spans that nest still nest.
  const place = (offset: number) => {
    const at = Math.min(Math.max(offset, 0), n);
    const splitsPair = isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
    return splitsPair ? at + 1 : at;
  };

  const dropped: DroppedQuote[] = [];
  const ids = new Set<string>();
  const candidates: Omit<PlacedQuote, 'depth' | 'parent'>[] = [];
  for (const quote of quotes) {
    const [from, to] = quote.span;
    const start = place(from);
    const end = place(to);
    // Reversed, empty, wholly outside the text, or not offsets at all (NaN, 2.5, Infinity).
    const invalid = !Number.isInteger(from) || !Number.isInteger(to) || start >= end;
    if (ids.has(quote.id)) dropped.push({ id: quote.id, reason: 'duplicate-id' });
    else if (invalid) dropped.push({ id: quote.id, reason: 'invalid-span' });
    else candidates.push({ quote, start, end });
    ids.add(quote.id);
  }

  // Outer first; the sort is stable, so identical spans nest in input order.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: PlacedQuote[] = [];
  const open: number[] = [];
  for (const c of candidates) {
    while (open.length > 0 && (placed[open.at(-1) ?? -1]?.end ?? 0) <= c.start) open.pop();
    const parent = open.at(-1) ?? -1;
    // It starts inside `parent` and ends after it: the earlier quotation keeps its highlight.
    if (parent >= 0 && c.end > (placed[parent]?.end ?? n)) {
      dropped.push({ id: c.quote.id, reason: 'crosses' });
      continue;
    }
    open.push(placed.length);
    placed.push({ quote: c.quote, start: c.start, end: c.end, depth: open.length - 1, parent });
  }
  return { placed, dropped };
}
