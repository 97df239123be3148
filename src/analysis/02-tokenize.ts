// Stage 2: cut the body into tokens: words (with their inner apostrophes, hyphens and dotted
// abbreviations), single punctuation characters, and line breaks. Whitespace is skipped; every token
// keeps its offsets so later stages can point back into the text.

import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, WEEKDAYS_MONTHS } from './lexicon/words';

export type TokenKind = 'word' | 'punct' | 'break';
/** Why a word swallowed the period after it: a title (Dr.), an initial (J.), an acronym (U.S.) or another abbreviation. */
export type AbbreviationKind = 'title' | 'initial' | 'acronym' | 'other' | null;

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The token as written. */
  readonly text: string;
  /** Lower case, typographic apostrophes folded, abbreviation period dropped: "russia's", "u.s". */
  readonly norm: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  readonly abbr: AbbreviationKind;
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/**
 * Tokens are made by one constructor rather than object literals. V8 gives literals that begin with the
 * same property names ({ start, end, … }: tokens, blocks, quoted spans, quotations) one shared tree of
 * hidden classes, so a change to a field in one of them (a field turning from constant to mutable)
 * threw away the optimised tokenizer and segmenter; a class has a tree of its own.
 */
class TokenRecord implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    readonly text: string,
    readonly norm: string,
    readonly cap: boolean,
    readonly abbr: AbbreviationKind,
  ) {}
}

// allow: "let’s", "inter-Afghan", "U.S", "1,000", "3:30", "AT&T"
// Spaces and invisible format characters before a token are skipped in the same match, so each exec
// yields a token: a line break (1), a word (2) or any other visible character (3).
const TOKEN =
  /(?:[^\S\r\n\u2028\u2029]|[\u200B\u200E\u200F\u2060\uFEFF\u00AD])*(?:(\r\n|\r|\n|\u2028|\u2029)|([\p{L}\p{N}\p{M}]+(?:[\u200C\u200D]+[\p{L}\p{N}\p{M}]+|['’\u2010\u2011&-][\p{L}\p{N}\p{M}]+|\.[\p{L}\p{N}]+|[,:](?=\d)\d+)*)|([^\s\u200B\u200E\u200F\u2060\uFEFF\u00AD]))/uy;
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE_AFTER = /^['’]\s\p{L}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const forms = new Map<string, WordForm>();
  let pos = 0;
  // Most text is ASCII, read here character by character; TOKEN decides wherever another character
  // takes part, so both paths cut the same tokens. Running TOKEN on every token of a long article
  // costs a match array and capture strings per token.
  while (pos < text.length) {
    const next = readAscii(text, pos, tokens, forms);
    pos = next >= 0 ? next : readWithPattern(text, pos, tokens, forms);
  }
  return tokens;
}

/**
 * Reads the token after `pos` when it and the spaces before it are ASCII: pushes it and returns the offset
 * after it, or the text's length when only spaces remain. Returns -1 to leave the token to TOKEN.
 */
function readAscii(text: string, pos: number, tokens: Token[], forms: Map<string, WordForm>): number {
  let i = pos;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9 || c === 11 || c === 12) c = text.charCodeAt(++i);
  if (i >= text.length) return text.length;
  if (c >= 128) return -1;
  if (c === 10 || c === 13) {
    const end = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    tokens.push(new TokenRecord(i, end, 'break', text.slice(i, end), '\n', false, null));
    return end;
  }
  if (isAsciiAlnum(c)) {
    const end = asciiWordEnd(text, i);
    return end < 0 ? -1 : pushWord(text, i, end, tokens, forms);
  }
  const ch = text.charAt(i);
  tokens.push(new TokenRecord(i, i + 1, 'punct', ch, ch, false, null));
  return i + 1;
}

/** TOKEN from `pos`: pushes the token it matches and returns the offset after it, or the text's length. */
function readWithPattern(text: string, pos: number, tokens: Token[], forms: Map<string, WordForm>): number {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  if (m === null) return text.length;
  const end = TOKEN.lastIndex;
  const start = end - (m[1] ?? m[2] ?? m[3] ?? '').length;
  if (m[1] !== undefined) {
    tokens.push(new TokenRecord(start, end, 'break', m[1], '\n', false, null));
  } else if (m[2] !== undefined) {
    return pushWord(text, start, end, tokens, forms);
  } else if (m[3] !== undefined) {
    tokens.push(new TokenRecord(start, end, 'punct', m[3], m[3], false, null));
  }
  return end;
}

/**
 * Where TOKEN's word starting at `i` (an ASCII letter or digit) ends, read without it: letters and digits
 * joined by ' - & . and digit groups (1,000 3:30). -1 when a character beyond ASCII comes into it.
 */
function asciiWordEnd(text: string, i: number): number {
  let k = skipAlnum(text, i);
  for (;;) {
    const c = text.charCodeAt(k);
    if (c >= 128) return -1;
    if (c === 39 || c === 45 || c === 38 || c === 46) {
      // ' - & . joined to letters or digits: "let's", "inter-Afghan", "AT&T", "U.S"
      const d = text.charCodeAt(k + 1);
      if (d >= 128) return -1;
      if (!isAsciiAlnum(d)) return k;
      k = skipAlnum(text, k + 1);
    } else if ((c === 44 || c === 58) && isDigit(text.charCodeAt(k + 1))) {
      // "1,000", "3:30"
      k = skipDigits(text, k + 1);
    } else return k;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Runs of ASCII letters and digits, skipped by a sticky test (no match array) rather than a loop in
// JavaScript: the loop is slower until the engine has optimised it, which a short article never waits for.
const ALNUM_RUN = /[A-Za-z0-9]*/y;
const DIGIT_RUN = /[0-9]*/y;

function skipAlnum(text: string, k: number): number {
  ALNUM_RUN.lastIndex = k;
  ALNUM_RUN.test(text);
  return ALNUM_RUN.lastIndex;
}

function skipDigits(text: string, k: number): number {
  DIGIT_RUN.lastIndex = k;
  DIGIT_RUN.test(text);
  return DIGIT_RUN.lastIndex;
}

/** Pushes the word TOKEN reads at [start, end) with its possessive or abbreviation period; returns its end. */
function pushWord(
  text: string,
  start: number,
  end: number,
  tokens: Token[],
  forms: Map<string, WordForm>,
): number {
  let word = text.slice(start, end);
  // A plural possessive keeps its apostrophe: "the growers' federation", "Nurses’ Union".
  const last = word.charCodeAt(word.length - 1);
  const apostrophe = text.charCodeAt(end);
  if (
    (last === 115 || last === 83) /* s S */ &&
    (apostrophe === 39 || apostrophe === 0x2019) &&
    POSSESSIVE_AFTER.test(text.slice(end, end + 3))
  ) {
    end += 1;
    word = text.slice(start, end);
  }
  const form = formOf(word, forms);
  const abbr =
    text.charCodeAt(end) === 46 /* . */
      ? abbreviationKind(form.text, form.norm, text.slice(end + 1, end + 4))
      : null;
  if (abbr) end += 1;
  tokens.push(
    new TokenRecord(start, end, 'word', abbr ? text.slice(start, end) : form.text, form.norm, form.cap, abbr),
  );
  return end;
}

/** What a word's tokens share wherever it is written: the text, its `norm` and `cap`. */
interface WordForm {
  readonly text: string;
  readonly norm: string;
  readonly cap: boolean;
}

/**
 * The form of `word`, made once per distinct word of the article. A megabyte holds some 200 000 words but
 * only thousands of distinct ones: every token then points at the same two strings, so the just-sliced
 * `word` dies young and costs the garbage collector nothing, where a lower-cased copy per token would be
 * copied from young to old space with the token.
 */
function formOf(word: string, forms: Map<string, WordForm>): WordForm {
  let form = forms.get(word);
  if (form === undefined) {
    const lower = word.toLowerCase();
    form = {
      text: word,
      norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      cap: startsUpper(word),
    };
    forms.set(word, form);
  }
  return form;
}

/** UPPER_START without a regex run for an ASCII first letter. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

function abbreviationKind(word: string, norm: string, after: string): AbbreviationKind {
  // "No. 5", "p. 12", "Vol. 3" abbreviate only before a number; "the answer was no." ends a sentence.
  if (NUMBERED.has(norm)) return /^\s?\d/.test(after) ? 'title' : null;
  if (TITLE_ABBREVIATIONS.has(norm)) return 'title';
  if (SINGLE_UPPER.test(word)) return 'initial';
  if (ACRONYM.test(word)) return 'acronym';
  // "Sat." and "Jan." are written with a capital; "the committee sat." is a verb.
  if (OTHER_ABBREVIATIONS.has(norm))
    return WEEKDAYS_MONTHS.has(norm) && !UPPER_START.test(word) ? null : 'other';
  return null;
}

const NUMBERED: ReadonlySet<string> = new Set(['no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp']);
