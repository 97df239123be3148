import { describe, expect, it } from 'vitest';

import type { Quote } from '@/content/schema';

import { computeVoices, wholePercents } from './voices';

type Q = Pick<Quote, 'id' | 'kind' | 'span' | 'speakerId'>;
const q = (id: string, span: [number, number], speakerId: string | null): Q => ({
  id,
  kind: 'direct',
  span,
  speakerId,
});

describe('computeVoices', () => {
  it('counts the words of each speaker, a nested quotation for its own speaker only', () => {
    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    const text = 'A said "one two \'three four\' five" and B.';
    const voices = computeVoices(text, [q('outer', [7, 35], 'a'), q('inner', [16, 28], 'b')]);
    expect(voices.totalWords).toBe(5);
    expect(voices.voices).toEqual([
      { speakerId: 'a', words: 3, percent: 60 },
      { speakerId: 'b', words: 2, percent: 40 },
    ]);
  });

  it('puts unattributed words last and leaves out speakers without words', () => {
    const text = 'x "a b c d" y "e f" z ""';
    const voices = computeVoices(text, [q('1', [14, 19], 's'), q('2', [2, 11], null), q('3', [22, 24], 't')]);
    expect(voices.voices.map((v) => [v.speakerId, v.words, v.percent])).toEqual([
      ['s', 2, 33],
      [null, 4, 67],
    ]);
  });

  it('is empty without quotations', () => {
    expect(computeVoices('no quotes', [])).toEqual({ totalWords: 0, voices: [] });
  });
});

describe('wholePercents', () => {
  it('adds up to 100 by largest remainder', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 1])).toEqual([67, 33]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
    expect(wholePercents([5])).toEqual([100]);
  });
});
