// A long article is drawn a first screen at a time: the paragraphs up to what the reader needs first (the
// top, a linked quotation, a search hit, the current find match, the saved place), then the rest in
// chunks while the page stays free for scrolling and typing. These helpers say how far to draw.

import type { Span } from '@/content/schema';
import type { ArticleRoute } from '@/lib/router';

import type { ReaderModel } from './reader-model';

/** Paragraphs drawn at once: more than a tall screen of short ones. */
export const FIRST_PARAGRAPHS = 40;
/** Paragraphs added per step after that: some tens of milliseconds of work on a phone. */
export const CHUNK_PARAGRAPHS = 150;

/**
 * The shown paragraph holding text offset `offset`, or the one after it when it falls between two (the
 * paragraphs are in text order); -1 when it is past them all.
 */
export function paragraphAt(paragraphs: readonly { readonly span: Span }[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((paragraphs[mid]?.span[1] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < paragraphs.length ? lo : -1;
}

/** The first shown paragraph at or after article paragraph `index` (shown paragraphs skip furniture). */
export const shownAtOrAfter = (paragraphs: readonly { readonly index: number }[], index: number): number =>
  paragraphs.findIndex((p) => p.index >= index);

/** How many paragraphs to draw: the first screen, what has been drawn, and up to the furthest need. */
export function paragraphsToDraw(total: number, drawn: number, needs: readonly number[]): number {
  return Math.min(total, Math.max(FIRST_PARAGRAPHS, drawn, ...needs.map((n) => n + 1)));
}

/**
 * The shown paragraphs that must be in the page now: the linked quotation's first piece, the search hit,
 * the current find match and the saved place (null when the URL points elsewhere).
 */
export function drawingNeeds(
  model: {
    readonly paragraphs: readonly { readonly index: number; readonly span: Span }[];
    readonly quotes: ReaderModel['quotes'];
  },
  route: Pick<ArticleRoute, 'quote' | 'match'>,
  savedParagraph: number | null,
  findMatch: Span | undefined,
): number[] {
  const { paragraphs } = model;
  const quote = route.quote === null ? undefined : model.quotes.get(route.quote);
  const offsets = [quote?.span[0], route.match?.[0], findMatch?.[0]];
  const needs = offsets.flatMap((o) => (o === undefined ? [] : [paragraphAt(paragraphs, o)]));
  if (savedParagraph !== null) needs.push(shownAtOrAfter(paragraphs, savedParagraph));
  return needs.filter((n) => n >= 0);
}
