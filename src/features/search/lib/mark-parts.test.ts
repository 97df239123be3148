import { describe, expect, it } from 'vitest';

import { markParts } from './mark-parts';

const show = (text: string, marks: [number, number][]) =>
  markParts(text, marks)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

describe('markParts', () => {
  it.each<[string, [number, number][], string]>([
    ['the Doha deal', [[4, 8]], 'the [Doha] deal'],
    ['the Doha deal', [], 'the Doha deal'],
    ['Doha', [[0, 4]], '[Doha]'],
    [
      'a b c',
      [
        [4, 5],
        [0, 1],
      ],
      '[a] b [c]',
    ],
    [
      'overlap',
      [
        [0, 4],
        [2, 7],
      ],
      '[overlap]',
    ],
    [
      'touching',
      [
        [0, 5],
        [5, 8],
      ],
      '[touching]',
    ],
    [
      'clip',
      [
        [-3, 2],
        [3, 99],
      ],
      '[cl]i[p]',
    ],
    ['empty', [[2, 2]], 'empty'],
  ])('%s %j → %s', (text, marks, expected) => {
    expect(show(text, marks)).toBe(expected);
  });

  it('keeps every character, in order', () => {
    const text = 'There are no violations of the Doha agreement';
    expect(
      markParts(text, [
        [31, 35],
        [36, 45],
      ])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
