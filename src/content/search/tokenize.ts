// Words as search sees them, the same at build time and in the browser: a term is a word folded so that
// case, accents and typographic apostrophes never decide whether it matches.
//   "Russia’s" → russia   "RUSSIA'S" → russia   "Société" → societe   "don’t" → don't

/** Letters, digits and marks, held together by an apostrophe between two of them (`let’s`, `o’neill`). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ][\p{L}\p{N}\p{M}]+)*/gu;
const PLAIN = /^[a-z0-9]+$/;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘ʼ]/g;
/** `russia's` → `russia`: a possessive finds, and is found by, the bare name. */
const POSSESSIVE = /'s$/;

/** Longer words are cut: no real word is this long and a pasted blob should not bloat the index. */
export const MAX_TERM_LENGTH = 40;

/** One word and where it sits in the string it came from (UTF-16 offsets, end-exclusive). */
export interface Token {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** Lower case, no accents (NFKD, marks dropped), straight apostrophes, no possessive `'s`. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII letters: nothing to decompose, no curly apostrophe (a third of the time).
  if (PLAIN.test(lower)) return lower.length > MAX_TERM_LENGTH ? lower.slice(0, MAX_TERM_LENGTH) : lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(POSSESSIVE, '')
    .slice(0, MAX_TERM_LENGTH);
}

/** Every word of `text` in order, folded, with its offsets in `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = fold(m[0]);
    if (term) tokens.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The folded terms of `text`, for queries. */
export const terms = (text: string): string[] => tokenize(text).map((t) => t.term);
