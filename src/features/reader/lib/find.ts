// In-article find that forgives case, accents and typographic apostrophes: "kabulov's" finds
// "Kabulov’s", "ecole" finds "École". The text is folded code point by code point, remembering where each
// folded character came from, so a match in the folded text maps back to exact offsets in the original.

import type { Span } from '@/content/schema';

const COMBINING_MARKS = /\p{M}/gu;
// allow: ’ ‘ ʼ ′ ` ´ all find and are found by '
const APOSTROPHES = /[’‘ʼ′`´]/g;

/** One code point as find compares it: "É" → "e", "’" → "'", a lone combining mark → "". */
export function foldChar(ch: string): string {
  return ch
    .normalize('NFD')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'");
}

export const foldQuery = (query: string): string => [...query].map(foldChar).join('');

export interface FoldedText {
  readonly folded: string;
  /** For each code unit of `folded`, the original offsets of the code point it came from. */
  readonly from: readonly number[];
  readonly to: readonly number[];
}

export function foldText(text: string, [start, end]: Span = [0, text.length]): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = start;
  for (const ch of text.slice(start, end)) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(at + ch.length);
    }
    folded += f;
    // A combining mark folds to nothing: the character before it keeps it, so "é" is marked whole.
    if (f === '' && to.length > 0) to[to.length - 1] = at + ch.length;
    at += ch.length;
  }
  return { folded, from, to };
}

/**
 * Every match of `query` in the given ranges (paragraphs: a match never runs from one into the next), as
 * spans of the original text, in order, not overlapping. Empty for a query that folds to nothing.
 */
export function findMatches(text: string, ranges: readonly Span[], query: string): Span[] {
  const needle = foldQuery(query.trim());
  if (needle === '') return [];
  const out: Span[] = [];
  for (const range of ranges) {
    const { folded, from, to } = foldText(text, range);
    for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length)) {
      out.push([from[i] ?? 0, to[i + needle.length - 1] ?? 0]);
    }
  }
  return out;
}
