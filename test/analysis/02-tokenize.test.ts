// Stage 2: tokens. Rows give the input and its tokens as written; every token must also point back at
// exactly its own text.

import { describe, expect, it } from 'vitest';

import { tokenize, type AbbreviationKind, type TokenKind } from '@/analysis/02-tokenize';

const texts = (input: string): string[] => {
  const tokens = tokenize(input);
  for (const t of tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
  return tokens.map((t) => t.text);
};

const cases: Array<[string, string[]]> = [
  // Apostrophes inside words.
  ['let’s go', ['let’s', 'go']],
  ["let's go", ["let's", 'go']],
  ['Russia’s envoy', ['Russia’s', 'envoy']],
  ["Russia's envoy", ["Russia's", 'envoy']],
  ['don’t', ['don’t']],
  // Hyphens.
  ['the inter-Afghan dialogue', ['the', 'inter-Afghan', 'dialogue']],
  ['a 39-year-old man', ['a', '39-year-old', 'man']],
  ['non\u2011breaking', ['non\u2011breaking']],
  ['war — again', ['war', '—', 'again']],
  ['war—again', ['war', '—', 'again']],
  ['war - again', ['war', '-', 'again']],
  // Abbreviations keep their period; a sentence's period stands alone.
  ['the U.S. military', ['the', 'U.S.', 'military']],
  ['in the U.S.', ['in', 'the', 'U.S.']],
  ['Mr. Smith', ['Mr.', 'Smith']],
  ['Dr. Roe', ['Dr.', 'Roe']],
  ['J. Smith', ['J.', 'Smith']],
  ['J.R.R. Tolkien', ['J.R.R.', 'Tolkien']],
  ['e.g. this', ['e.g.', 'this']],
  ['Acme Inc. said', ['Acme', 'Inc.', 'said']],
  ['He left.', ['He', 'left', '.']],
  ['He left...', ['He', 'left', '.', '.', '.']],
  ['AT&T', ['AT&T']],
  // Numbers.
  ['1,000 troops', ['1,000', 'troops']],
  ['1,000,000', ['1,000,000']],
  ['3.5 percent', ['3.5', 'percent']],
  ['at 3:30 p.m.', ['at', '3:30', 'p.m.']],
  ['cost 3.5.', ['cost', '3.5', '.']],
  ['Kabul, 2020', ['Kabul', ',', '2020']],
  ['in 2020, 1,000 died', ['in', '2020', ',', '1,000', 'died']],
  // Line breaks, each its own token.
  ['one\ntwo', ['one', '\n', 'two']],
  ['one\r\ntwo', ['one', '\r\n', 'two']],
  ['one\rtwo', ['one', '\r', 'two']],
  ['one\n\r\ntwo\r\rthree', ['one', '\n', '\r\n', 'two', '\r', '\r', 'three']],
  ['one\u2028two', ['one', '\u2028', 'two']],
  [' \t one \n ', ['one', '\n']],
  // Quotation marks and punctuation.
  ['“Yes,” she said.', ['“', 'Yes', ',', '”', 'she', 'said', '.']],
  ['«Oui»', ['«', 'Oui', '»']],
  // Other scripts: combining marks and astral letters stay in their word.
  ['Cafe\u0301 owner', ['Cafe\u0301', 'owner']],
  ['𝐀𝐁 ok', ['𝐀𝐁', 'ok']],
  ['کابل، طالبان', ['کابل', '،', 'طالبان']],
  ['אמר שלום', ['אמר', 'שלום']],
  // Dari and Persian write a zero-width non-joiner inside words: می‌گوید ("says") is one word.
  ['او می‌گوید', ['او', 'می‌گوید']],
  // ASCII is read without the pattern; where another character joins a word or the space before it, the
  // pattern reads that token, and both must cut the same.
  ['naïve résumé', ['naïve', 'résumé']],
  ['co-\u00E9d', ['co-\u00E9d']],
  ['a\u00A0b x\u200Bz', ['a', 'b', 'x', 'z']],
  ["the growers' federation", ['the', "growers'", 'federation']],
  ['Nurses’ Union', ['Nurses’', 'Union']],
  ['3,5€ and 1,000\u2009km', ['3,5', '€', 'and', '1,000', 'km']],
  ['e\u0301.g.', ['e\u0301.g', '.']],
];

const kinds: Array<[string, Array<[string, TokenKind, AbbreviationKind]>]> = [
  [
    'Mr. J. Smith of the U.S. Army, etc.',
    [
      ['Mr.', 'word', 'title'],
      ['J.', 'word', 'initial'],
      ['Smith', 'word', null],
      ['of', 'word', null],
      ['the', 'word', null],
      ['U.S.', 'word', 'acronym'],
      ['Army', 'word', null],
      [',', 'punct', null],
      ['etc.', 'word', 'other'],
    ],
  ],
  [
    'a\r\nb',
    [
      ['a', 'word', null],
      ['\r\n', 'break', null],
      ['b', 'word', null],
    ],
  ],
];

const norms: Array<[string, string[]]> = [['Russia’s U.S. Mr. LET’S', ["russia's", 'u.s', 'mr', "let's"]]];

describe('tokenize', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it.each(kinds)('kinds of %j', (input, expected) => {
    expect(tokenize(input).map((t) => [t.text, t.kind, t.abbr])).toEqual(expected);
  });

  it.each(norms)('norms of %j', (input, expected) => {
    expect(tokenize(input).map((t) => t.norm)).toEqual(expected);
  });
});
