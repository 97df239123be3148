// The shared view of one article that the stages after segmentation read.

import type { Token } from './02-tokenize';
import type { Block, Segmentation } from './03-segment';
import type { QuotedSpan } from './05-quote-marks';
import type { Span } from './types';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly seg: Segmentation;
  readonly quoted: readonly QuotedSpan[];
  /** For each token, the innermost quoted span whose content holds it, or -1. */
  readonly quotedAt: Int32Array;
  /** 1 for tokens in asides (web-page furniture) that hold no quotations. */
  readonly ignored: Uint8Array;
  /** The first token after the headline (0 without one): a pronoun in the story never means its words. */
  readonly bodyFirst: number;
}

export function makeDoc(
  text: string,
  tokens: readonly Token[],
  seg: Segmentation,
  quoted: readonly QuotedSpan[],
  asides: readonly Span[],
  headline: Span | null = null,
): Doc {
  const ignored = new Uint8Array(tokens.length);
  for (const [a, b] of asides) {
    for (let k = firstTokenAt(tokens, a); k < tokens.length && (tokens[k]?.start ?? b) < b; k++)
      ignored[k] = 1;
  }
  const quotedAt = new Int32Array(tokens.length).fill(-1);
  // Parents come before children, so an inner span overwrites its parent's marks.
  quoted.forEach((q, qi) => {
    for (let k = firstTokenAt(tokens, q.contentStart); k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.start >= q.contentEnd) break;
      quotedAt[k] = qi;
    }
  });
  const bodyFirst = headline ? firstTokenAt(tokens, headline[1]) : 0;
  return { text, tokens, seg, quoted, quotedAt, ignored, bodyFirst };
}

/** Index of the first token that starts at or after `offset`. */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence that holds token `k`, if any (line breaks between paragraphs belong to none). */
export function sentenceAt(seg: Segmentation, k: number): Block | undefined {
  return seg.sentences[seg.sentenceOf[k] ?? -1];
}

/** First token of the sentence that holds token `k`, or `k` itself outside any sentence. */
export function sentenceFirst(doc: Doc, k: number): number {
  return sentenceAt(doc.seg, k)?.first ?? k;
}

/** Token just past the sentence that holds token `k`, or `k + 1` outside any sentence. */
export function sentenceLast(doc: Doc, k: number): number {
  return sentenceAt(doc.seg, k)?.last ?? k + 1;
}
