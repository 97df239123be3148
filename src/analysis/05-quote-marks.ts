// Stage 5: pair quotation marks into quoted spans, paragraph by paragraph.
//
// Every convention is read: "straight", 'straight', “curly”, ‘curly’, «guillemets», »reversed«, „German“,
// ‚low‘, ‹single›. Whether a mark opens or closes comes from what stands on either side of it (like
// Markdown's flanking rules) and from what is still open. Apostrophes (let’s, Russia’s, ’90s) are not marks.
// Repairs, each marked `repaired`:
//   - a paragraph that opens and does not close, followed by one that opens again, continues the quotation;
//   - an opening mark never closed ends at the end of its paragraph, so no text is swallowed;
//   - one closing mark followed by an attribution ends every quotation still open of its family
//     (“… they answered: “Well, great! …,” Kabulov explained);
//   - a closing mark with no opening mark, followed by an attribution, starts its quotation at the paragraph.

import type { Block } from './03-segment';
import { CUE_VERBS } from './lexicon/reporting-verbs';
import { DETERMINERS, PERSONAL_PRONOUNS } from './lexicon/words';

type Family = 'double' | 'single';

export interface QuotedSpan {
  /** Offset of the opening mark, or of the paragraph start when the mark was missing. */
  readonly start: number;
  /** Offset just past the closing mark, or the paragraph end when it was missing. */
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly family: Family;
  /** Index (into the returned list) of the quotation this one sits in. */
  readonly parent: number | null;
  readonly repaired: boolean;
}

interface Open {
  readonly pos: number;
  readonly glyph: string;
  readonly family: Family;
  readonly width: number;
  /** Identity of the span once emitted; spans are emitted as they close, so parents are linked after. */
  readonly id: number;
  repaired: boolean;
}

const DOUBLE = '"“”„‟«»〝〞＂';
/**
 * The double marks later stages look for in token text: straight, curly and guillemets (a subset of
 * DOUBLE). A token that is one of them opens or closes a quotation, so an attribution does not reach past it.
 */
export const DOUBLE_MARK = /["“”«»]/;
/** Those of DOUBLE_MARK that can open a quotation: what follows a cue when a quotation comes next. */
export const OPENING_DOUBLE_MARK = /["“«]/;
const SINGLE = "'‘’‚‛‹›";
const MAX_DEPTH = 6;
// allow: "WALLACE: Governor, …", "Jane Roe: We will …" at the start of a paragraph
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:\s/u;
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const OPEN_CONTEXT = /[([{\u2014\u2013\-/"“„«»‘‚‹'›]/u;
const CLOSE_CONTEXT = /[.,;:!?)\]}\u2014\u2013\-/…"”«»’›'‹]/u;

export function findQuotedSpans(text: string, paragraphs: readonly Block[]): QuotedSpan[] {
  const spans: Array<QuotedSpan & { id: number; parentId: number | null }> = [];
  let nextId = 0;
  let carried: Open | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (!p) continue;
    const stack: Open[] = carried ? [carried] : [];
    // Parent of each open entry, by id.
    const parentOf = new Map<number, number | null>();
    if (carried) parentOf.set(carried.id, null);
    let skipContinuationMark = carried !== null;
    carried = null;
    let sawMark = false;
    const emit = (o: Open, closePos: number, closeWidth: number, repaired: boolean) => {
      // "rock 'n' roll", "'em": a letter or two between single marks is an elision, not a quotation.
      if (o.family === 'single' && /^\p{L}{1,2}$/u.test(text.slice(o.pos + o.width, closePos))) return;
      spans.push({
        id: o.id,
        parentId: parentOf.get(o.id) ?? null,
        start: o.pos,
        end: closePos + closeWidth,
        // French spacing inside guillemets (« Nous reviendrons ») is not part of the words quoted.
        contentStart: skipSpaces(text, o.pos + o.width, closePos),
        contentEnd: Math.max(
          skipSpaces(text, o.pos + o.width, closePos),
          trimEnd(text, o.pos + o.width, closePos),
        ),
        family: o.family,
        parent: null,
        repaired: repaired || o.repaired,
      });
    };
    // Jump from mark to mark rather than reading every character.
    for (let i = nextMark(text, p.start, p.end); i < p.end; i = nextMark(text, i + 1, p.end)) {
      const mark = readMark(text, i);
      if (!mark) continue;
      const { glyph: ch, width } = mark;
      const at = i;
      i += width - 1;
      const isDouble = DOUBLE.includes(ch);
      const family: Family = isDouble ? 'double' : 'single';
      const prev = at > p.start ? (text[at - 1] ?? '') : '';
      const next = i + 1 < p.end ? (text[i + 1] ?? '') : '';
      if (skipContinuationMark) {
        skipContinuationMark = false;
        if (prev === '' && family === stack[0]?.family) continue;
      }
      if (family === 'single' && isApostrophe(ch, prev, next)) continue;
      const pendingAt = findPending(stack, family);
      const role = decideRole(ch, prev, next, pendingAt >= 0 ? stack[pendingAt]?.glyph : undefined);
      if (role === 'close' && pendingAt >= 0) {
        sawMark = true;
        // Inner quotations of the other family that never closed end here too.
        for (let k = stack.length - 1; k > pendingAt; k--) {
          const inner = stack[k];
          // The closing mark is its parent's: the inner quotation ends before it.
          if (inner) emit(inner, at, 0, true);
        }
        const own = stack[pendingAt];
        if (own) emit(own, at, width, false);
        stack.length = pendingAt;
        // Same-family nesting with a single closing mark: “A “B,” Kabulov said.
        const outer = stack[stack.length - 1];
        if (
          outer &&
          outer.family === family &&
          (attributionFollows(text, i + 1, p.end) || restIsBlank(text, i + 1, p.end))
        ) {
          emit(outer, at, width, true);
          stack.length -= 1;
        }
      } else if (
        role === 'close' &&
        family === 'double' &&
        !sawMark &&
        attributionFollows(text, i + 1, p.end)
      ) {
        // A closing mark whose opening mark is missing: the quotation starts with the paragraph.
        sawMark = true;
        const id = nextId++;
        parentOf.set(id, null);
        emit({ pos: p.start, glyph: '', family, width: 0, id, repaired: true }, at, width, true);
      } else if (role === 'open' && stack.length < MAX_DEPTH) {
        sawMark = true;
        const id = nextId++;
        parentOf.set(id, stack[stack.length - 1]?.id ?? null);
        stack.push({ pos: at, glyph: ch, family, width, id, repaired: false });
      }
    }
    // What is still open at the paragraph's end.
    const nextPara = paragraphs[pi + 1];
    const bottom = stack[0];
    const continues =
      bottom !== undefined &&
      // Double marks, or a curly single one: British style runs ‘…’ over paragraphs too.
      (bottom.family === 'double' || bottom.glyph === '‘') &&
      nextPara !== undefined &&
      opensWith(text, nextPara.start, bottom.family) &&
      // Both introduced by a cue and followed by its own attribution: two speakers, the first mark lost.
      !(
        introducedByCue(text, p.start, bottom.pos) &&
        closesWithAttribution(text, nextPara.start + 1, nextPara.end)
      ) &&
      // A transcript's next speaker ("“WALLACE: …") opens a new quotation.
      !SPEAKER_LABEL.test(text.slice(nextPara.start + 1, nextPara.start + 48));
    for (let k = stack.length - 1; k >= (continues ? 1 : 0); k--) {
      const o = stack[k];
      // An unclosed single mark is more likely an apostrophe than a quotation: drop it. An unclosed double
      // one ends where its attribution starts ("Hello there, said Bob.), else at the paragraph's end.
      if (o && (o.family === 'double' || isLongCurlySingle(text, o, p.end))) {
        // Cut before an attribution only a quotation with nothing open inside it, so nesting holds.
        const cut = stack.length === 1 ? endBeforeAttribution(text, o.pos + o.width, p.end) : null;
        emit(o, cut ?? trimEnd(text, p.start, p.end), 0, true);
      }
    }
    if (continues && bottom) carried = bottom;
  }
  // Link parents by id and order by start (parents before their children).
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const indexOf = new Map<number, number>();
  spans.forEach((s, k) => indexOf.set(s.id, k));
  // Each field written rather than `({ id, parentId, ...s }) => ({ ...s, parent })`: object rest and an
  // overwritten spread field are slow until optimised, and an article has thousands of spans.
  return spans.map((s) => ({
    start: s.start,
    end: s.end,
    contentStart: s.contentStart,
    contentEnd: s.contentEnd,
    family: s.family,
    parent: s.parentId === null ? null : (indexOf.get(s.parentId) ?? null),
    repaired: s.repaired,
  }));
}

/** Two single marks typed for a double one (’’ or `` or '') read as that double mark. */
const DOUBLED: Readonly<Record<string, string>> = { '’’': '”', '‘‘': '“', '``': '“', "''": '"' };

const ANY_MARK = /["“”„‟«»〝〞＂'‘’‚‛‹›`]/g;

/**
 * Offset of the next character that may be a quotation mark at or after `from`, or `limit`. A test, not
 * an exec: no match array for each of the article's marks and apostrophes. Every mark is one code unit,
 * so it sits just before where the match left `lastIndex`.
 */
function nextMark(text: string, from: number, limit: number): number {
  ANY_MARK.lastIndex = from;
  if (!ANY_MARK.test(text)) return limit;
  return Math.min(ANY_MARK.lastIndex - 1, limit);
}

function readMark(text: string, i: number): { glyph: string; width: number } | null {
  const ch = text[i] ?? '';
  const doubled = DOUBLED[text.slice(i, i + 2)];
  if (doubled) return { glyph: doubled, width: 2 };
  return DOUBLE.includes(ch) || SINGLE.includes(ch) ? { glyph: ch, width: 1 } : null;
}

function findPending(stack: readonly Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.family === family) return k;
  return -1;
}

/** Apostrophes: inside words (let’s), eliding a year (’90s), or a possessive that no open mark awaits. */
function isApostrophe(ch: string, prev: string, next: string): boolean {
  if (ch === '‹' || ch === '›' || ch === '‚') return false;
  if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return true;
  return (prev === '' || SPACE.test(prev)) && DIGIT.test(next);
}

function decideRole(
  ch: string,
  prev: string,
  next: string,
  pendingGlyph: string | undefined,
): 'open' | 'close' | 'none' {
  const atStart = prev === '' || SPACE.test(prev) || OPEN_CONTEXT.test(prev);
  const atEnd = next === '' || SPACE.test(next) || CLOSE_CONTEXT.test(next);
  const canOpen = next !== '' && !SPACE.test(next) && atStart;
  const canClose = prev !== '' && !SPACE.test(prev) && atEnd;
  const pending = pendingGlyph !== undefined;
  switch (ch) {
    case '„':
    case '‚':
      return 'open';
    case '“':
    case '‘':
      // German „…“ and ‚…‘ close with these; elsewhere they open.
      if (pending && (pendingGlyph === '„' || pendingGlyph === '‚') && canClose) return 'close';
      if (canOpen || !canClose) return 'open';
      return pending ? 'close' : 'open';
    case '”':
    case '’':
      if (canClose || (pending && !canOpen)) return pending ? 'close' : ch === '”' ? 'close' : 'none';
      // A right mark used to open (”What …), as sloppy typesetting does; never for ’, which elides.
      return ch === '”' && canOpen ? 'open' : 'none';
    case '«':
    case '‹':
      return pending && (pendingGlyph === '»' || pendingGlyph === '›') && canClose ? 'close' : 'open';
    case '»':
    case '›':
      if (pending && (pendingGlyph === '«' || pendingGlyph === '‹')) return 'close';
      return canOpen && !canClose ? 'open' : pending ? 'close' : 'none';
    default: {
      // Straight marks and rarer glyphs: flanking first, then whatever is open.
      if (canOpen && !canClose) return 'open';
      if (canClose && !canOpen) return pending ? 'close' : ch === "'" ? 'none' : 'close';
      if (ch === "'" && !pending) return 'none';
      return pending ? 'close' : 'open';
    }
  }
}

/** Does an attribution ("Kabulov said", "said the envoy", "she told reporters") follow this point? */
export function attributionFollows(text: string, from: number, limit: number): boolean {
  const rest = text.slice(from, Math.min(limit, from + 120));
  const stop = rest.search(/[.!?;“"«]/u);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  if (!/^[\s,]/.test(clause) && clause !== '') return false;
  const words =
    clause
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}'-]+/gu) ?? [];
  for (let k = 0; k < Math.min(words.length, 7); k++) {
    const verb = CUE_VERBS.get(words[k] ?? '');
    if (!verb || verb.cls === 'belief') continue;
    if (k === 0) return true; // "said the envoy"
    const first = words[0] ?? '';
    if (
      PERSONAL_PRONOUNS.has(first) ||
      DETERMINERS.has(first) ||
      /\p{Lu}/u.test(clause.replace(/^[\s,]+/, '')[0] ?? '')
    )
      return true;
  }
  return false;
}

/** Does a cue stand right before this opening mark: "Lena Ostrova, the receptionist, said: “…"? */
function introducedByCue(text: string, paraStart: number, open: number): boolean {
  const before = text.slice(Math.max(paraStart, open - 80), open);
  if (!/[:,]\s*$/.test(before)) return false;
  const words =
    before
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}'-]+/gu) ?? [];
  return words.slice(-4).some((w) => CUE_VERBS.has(w));
}

/** Does the first closing double mark from `from` carry an attribution after it? */
function closesWithAttribution(text: string, from: number, limit: number): boolean {
  for (let i = from; i < limit; i++) {
    const ch = text[i] ?? '';
    if ((ch === '”' || ch === '"' || ch === '»') && i > from && !/\s/.test(text[i - 1] ?? ' '))
      return attributionFollows(text, i + 1, limit);
  }
  return false;
}

/** The end of an unclosed quotation's words, just before a ", said Bob" that follows them, if any. */
function endBeforeAttribution(text: string, from: number, limit: number): number | null {
  for (let i = text.indexOf(',', from); i >= 0 && i < limit; i = text.indexOf(',', i + 1)) {
    if (i > from && attributionFollows(text, i + 1, limit)) return i + 1;
  }
  return null;
}

/** An unclosed ‘ before five words or more reads as a quotation, not an apostrophe (‘Tis, ‘90s). */
function isLongCurlySingle(
  text: string,
  o: { pos: number; glyph: string; width: number },
  limit: number,
): boolean {
  if (o.glyph !== '‘') return false;
  return (text.slice(o.pos + o.width, limit).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 5;
}

function restIsBlank(text: string, from: number, limit: number): boolean {
  return /^[\s.,;:!?…]*$/u.test(text.slice(from, limit));
}

function opensWith(text: string, at: number, family: Family): boolean {
  const ch = text[at] ?? '';
  return family === 'double' ? '"“„«»'.includes(ch) : "'‘‚‹›".includes(ch);
}

function skipSpaces(text: string, from: number, to: number): number {
  let s = from;
  while (s < to && (text[s] === ' ' || text[s] === '\u00A0' || text[s] === '\u202F')) s++;
  return s;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && SPACE.test(text[e - 1] ?? '')) e--;
  return e;
}
