// Stage 3: paragraphs and sentences.
// A line break ends a paragraph unless the line was hard-wrapped (it stops mid-sentence and the next line
// goes on in lower case). Sentences end at . ! ? … unless the period belongs to an abbreviation.

import type { Token } from './02-tokenize';
import { NON_NAME_CAPITALS } from './lexicon/words';
import type { Span } from './types';

export interface Block {
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last) of the block (line breaks inside a hard-wrapped paragraph included). */
  readonly first: number;
  readonly last: number;
}

/** Blocks come from a constructor, not literals, for the reason tokens do (TokenRecord in 02-tokenize). */
class BlockRecord implements Block {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly first: number,
    readonly last: number,
  ) {}
}

export interface Segmentation {
  readonly paragraphs: readonly Block[];
  readonly sentences: readonly Block[];
  /** For each token, the index of its sentence (-1 for line breaks between paragraphs). */
  readonly sentenceOf: Int32Array;
  /** For each token, the index of its paragraph (-1 for line breaks between paragraphs). */
  readonly paragraphOf: Int32Array;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '“']);
const OPENERS = new Set(['"', "'", '“', '‘', '„', '«', '‹', '(', '[', '—', '–', '-']);
const LOWER_START = /^\p{Ll}/u;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;

export function segment(tokens: readonly Token[]): Segmentation {
  const paragraphs = findParagraphs(tokens);
  const sentences: Block[] = [];
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const paragraphOf = new Int32Array(tokens.length).fill(-1);
  paragraphs.forEach((p, pi) => {
    let first = p.first;
    const close = (last: number) => {
      // Line breaks inside a hard-wrapped paragraph stay inside the sentence.
      const a = tokens[first];
      const b = tokens[last - 1];
      if (a && b && last > first) {
        for (let k = first; k < last; k++) sentenceOf[k] = sentences.length;
        sentences.push(new BlockRecord(a.start, b.end, first, last));
      }
      first = last;
    };
    for (let i = p.first; i < p.last; i++) {
      paragraphOf[i] = pi;
      const t = tokens[i];
      if (!t) continue;
      if (!endsSentenceHere(tokens, i, p.last)) continue;
      // Closing quotation marks and brackets right after the terminal belong to this sentence.
      let j = i + 1;
      while (
        j < p.last &&
        tokens[j]?.kind === 'punct' &&
        CLOSERS.has(tokens[j]?.text ?? '') &&
        adjacent(tokens, j)
      )
        j++;
      close(j);
      i = j - 1;
    }
    close(p.last);
  });
  return { paragraphs, sentences, sentenceOf, paragraphOf };
}

function adjacent(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const t = tokens[j];
  return prev !== undefined && t !== undefined && prev.end === t.start;
}

function endsSentenceHere(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const isTerminal = t.kind === 'punct' && TERMINAL.has(t.text);
  const isAbbrev = t.kind === 'word' && (t.abbr === 'acronym' || t.abbr === 'other');
  if (!isTerminal && !isAbbrev) return false;
  // Skip the closers written right after the terminal to find the next real token.
  let j = i + 1;
  while (
    j < limit &&
    tokens[j]?.kind === 'punct' &&
    CLOSERS.has(tokens[j]?.text ?? '') &&
    adjacent(tokens, j)
  )
    j++;
  const next = tokens[j];
  if (j >= limit || !next) return isTerminal;
  if (next.kind === 'break') return true;
  if (isTerminal) {
    // "3.5" never reaches here (one token); "... and." followed by a lower-case word is not a boundary.
    if (t.text === '.' && tokens[i - 1]?.end === t.start && next.start === t.end) return false;
    return UPPER_OR_DIGIT_START.test(next.text) || (next.kind === 'punct' && OPENERS.has(next.text));
  }
  // "the U.S. military" goes on; "in the U.S. The next day" ends, judged by a word that opens sentences.
  return next.cap && NON_NAME_CAPITALS.has(next.norm);
}

function findParagraphs(tokens: readonly Token[]): Block[] {
  // Lines first, as token ranges.
  const lines: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]?.kind === 'break') {
      if (i > from) lines.push([from, i]);
      from = i + 1;
    }
  }
  const blocks: Block[] = [];
  let current: [number, number] | null = null;
  let prevLineEnd = -1;
  for (const [a, b] of lines) {
    const blankBefore = current !== null && countBreaks(tokens, prevLineEnd, a) > 1;
    if (current && !blankBefore && isWrapped(tokens, current[1], a)) {
      current[1] = b;
    } else {
      if (current) blocks.push(toBlock(tokens, current));
      current = [a, b];
    }
    prevLineEnd = b;
  }
  if (current) blocks.push(toBlock(tokens, current));
  return blocks;
}

function countBreaks(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]?.kind === 'break') n++;
  return n;
}

/** A line that stops mid-sentence and a next line that goes on in lower case: one paragraph, hard-wrapped. */
function isWrapped(tokens: readonly Token[], lineEnd: number, nextLineStart: number): boolean {
  const last = tokens[lineEnd - 1];
  const next = tokens[nextLineStart];
  if (!last || !next) return false;
  // allow: "“You can’t carry a week’s shopping on a bike,”⏎said Martin Cole" (or "⏎Martin Cole said"): a
  // closer after a comma leaves the sentence open.
  if (CLOSERS.has(last.text) && tokens[lineEnd - 2]?.text === ',') return next.kind === 'word';
  if (last.kind === 'punct' && (TERMINAL.has(last.text) || CLOSERS.has(last.text) || last.text === ':'))
    return false;
  return next.kind === 'word' && LOWER_START.test(next.text);
}

function toBlock(tokens: readonly Token[], [first, last]: [number, number]): Block {
  return new BlockRecord(tokens[first]?.start ?? 0, tokens[last - 1]?.end ?? 0, first, last);
}

export const toSpan = (b: { start: number; end: number }): Span => [b.start, b.end];
