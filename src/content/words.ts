// Apart from derive.ts, which imports the schemas: the reader counts words too, and importing derive.ts
// would put valibot and every schema in its first download.

/**
 * Runs of letters, digits and combining marks, held together by an apostrophe, hyphen, full stop or
 * zero-width (non-)joiner between two of them: `let’s`, `U.S.`, `1,000`, `co-operation`, `می‌خواهیم`
 * each count once. Punctuation, quotation marks and emoji count for nothing.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.,\u200C\u200D][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Words counted without collecting them (`match` would make a string of each, some 180 000 in a
 * megabyte): three to five times faster, for the reader's voices of a long article and the build alike.
 */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(text)) n++;
  return n;
}
