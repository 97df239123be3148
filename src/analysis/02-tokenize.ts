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
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
    let end = TOKEN.lastIndex;
    const start = end - (m[1] ?? m[2] ?? m[3] ?? '').length;
    if (m[1] !== undefined) {
      tokens.push({ start, end, kind: 'break', text: m[1], norm: '\n', cap: false, abbr: null });
    } else if (m[2] !== undefined) {
      let word = m[2];
      // A plural possessive keeps its apostrophe: "the growers' federation", "Nurses’ Union".
      const last = word.charCodeAt(word.length - 1);
      if ((last === 115 || last === 83) /* s S */ && POSSESSIVE_AFTER.test(text.slice(end, end + 3))) {
        end += 1;
        TOKEN.lastIndex = end;
        word = text.slice(start, end);
      }
      const lower = word.toLowerCase();
      const norm = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
      const abbr =
        text.charCodeAt(end) === 46 /* . */
          ? abbreviationKind(word, norm, text.slice(end + 1, end + 4))
          : null;
      if (abbr) {
        end += 1;
        TOKEN.lastIndex = end;
      }
      tokens.push({
        start,
        end,
        kind: 'word',
        text: text.slice(start, end),
        norm,
        cap: UPPER_START.test(word),
        abbr,
      });
    } else if (m[3] !== undefined) {
      tokens.push({ start, end, kind: 'punct', text: m[3], norm: m[3], cap: false, abbr: null });
    }
  }
  return tokens;
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
