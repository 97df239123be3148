import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Span } from '@/content/schema';

import { findMatches, foldChar, foldText } from './find';

const found = (text: string, query: string, ranges: Span[] = [[0, text.length]]) =>
  findMatches(text, ranges, query).map((s) => text.slice(...s));

describe('findMatches', () => {
  const cases: [name: string, text: string, query: string, expected: string[]][] = [
    ['ignores case', 'Taliban and the TALIBAN', 'taliban', ['Taliban', 'TALIBAN']],
    ['folds accents both ways', 'École, ecole, Ecóle', 'ecole', ['École', 'ecole', 'Ecóle']],
    ['an accented query finds plain text', 'cafe', 'café', ['cafe']],
    ['typographic apostrophes', "Russia’s and Russia's", "russia's", ['Russia’s', "Russia's"]],
    ['a decomposed accent is marked whole', 'Cafe\u0301 noir', 'cafe', ['Cafe\u0301']],
    ['matches do not overlap', 'aaaa', 'aa', ['aa', 'aa']],
    ['an empty or blank query finds nothing', 'text', '  ', []],
    ['RTL text', 'قال كابولوف إن', 'كابولوف', ['كابولوف']],
    ['emoji', 'a 😀 b 😀', '😀', ['😀', '😀']],
    ['trims the query', 'said that', ' said ', ['said']],
  ];
  it.each(cases)('%s', (_name, text, query, expected) => {
    expect(found(text, query)).toEqual(expected);
  });

  it('never runs a match across two ranges (paragraphs)', () => {
    expect(
      found('one two\nthree', 'two three', [
        [0, 7],
        [8, 13],
      ]),
    ).toEqual([]);
    expect(found('one two\nthree', 'o', [[8, 13]])).toEqual([]);
    expect(found('one two\nthree', 'e', [[8, 13]])).toEqual(['e', 'e']);
  });

  it('maps every match back to text that folds to the query', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
        (text, query) => {
          for (const [a, b] of findMatches(text, [[0, text.length]], query)) {
            expect(0 <= a && a < b && b <= text.length).toBe(true);
            expect(foldText(text.slice(a, b)).folded).toBe(foldText(query.trim()).folded);
          }
        },
      ),
    );
  });
});

describe('foldChar', () => {
  it('folds case, marks and apostrophes', () => {
    expect(['É', 'ß', '’', '\u0301', 'İ'].map(foldChar)).toEqual(['e', 'ß', "'", '', 'i']);
  });
});
