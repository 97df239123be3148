import { describe, expect, it } from 'vitest';

import type { Quote } from '@/content/schema';

import { segmentParagraph } from './segments';
import { computeVoices as voicesOf, wholePercents } from './voices';

type Q = Pick<Quote, 'id' | 'kind' | 'span' | 'speakerId'>;
const q = (id: string, span: [number, number], speakerId: string | null): Q => ({
  id,
  kind: 'direct',
  span,
  speakerId,
});

/** The voices of the whole text laid out as one paragraph. */
const computeVoices = (text: string, quotes: readonly Q[]) =>
  voicesOf([segmentParagraph(text, [0, text.length], quotes).segments], quotes);

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
    expect(computeVoices('no quotes', [])).toEqual({ totalWords: 0, voices: [], others: 0 });
  });

  it('lists eight speakers one by one', () => {
    const text = Array.from({ length: 8 }, (_, i) => `"${'w '.repeat(i + 1).trim()}"`).join(' ');
    let at = 0;
    const quotes = Array.from({ length: 8 }, (_, i) => {
      const end = text.indexOf('"', at + 1) + 1;
      const quote = q(String(i), [at, end], `s${String(i)}`);
      at = end + 1;
      return quote;
    });
    const voices = computeVoices(text, quotes);
    expect(voices.others).toBe(0);
    expect(voices.voices.map((v) => v.speakerId)).toEqual(['s7', 's6', 's5', 's4', 's3', 's2', 's1', 's0']);
  });

  it('past eight speakers, gives the smallest one shared voice and keeps the unattributed apart', () => {
    // Speaker i has i + 1 words; one unattributed quotation has 3.
    const pieces = Array.from({ length: 12 }, (_, i) => ({ words: i + 1, speaker: `s${String(i)}` }));
    pieces.push({ words: 3, speaker: '' });
    let text = '';
    const quotes = pieces.map((p, i) => {
      const start = text.length;
      text += `"${'w '.repeat(p.words).trim()}" `;
      return q(String(i), [start, text.length - 1], p.speaker || null);
    });
    const voices = computeVoices(text, quotes);
    expect(voices.totalWords).toBe(81);
    expect(voices.others).toBe(5);
    expect(voices.voices.map((v) => [v.speakerId, v.words])).toEqual([
      ['s11', 12],
      ['s10', 11],
      ['s9', 10],
      ['s8', 9],
      ['s7', 8],
      ['s6', 7],
      ['s5', 6],
      ['', 1 + 2 + 3 + 4 + 5],
      [null, 3],
    ]);
    expect(voices.voices.reduce((sum, v) => sum + v.percent, 0)).toBe(100);
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
