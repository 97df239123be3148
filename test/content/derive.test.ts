// The derivations the content build makes from an analysis, as [input, expected] rows.

import { describe, expect, it } from 'vitest';

import type { Analysis } from '@/analysis';
import { readingMinutes, toArticleId, topSpeakers } from '@/content/derive';
import { countWords } from '@/content/words';

describe('toArticleId', () => {
  it.each([
    ['seed', 'seed'],
    ['Kabul Talks', 'kabul-talks'],
    ['Kabulov: Russia’s Offer!', 'kabulov-russia-s-offer'],
    ['  --already--slugged--  ', 'already-slugged'],
    ['Café Zoë Nguyễn', 'cafe-zoe-nguyen'],
    ['2020_05_01 report', '2020-05-01-report'],
    ['ﬁnal ①', 'final-1'],
    ['کابل', ''],
    ['🚢', ''],
    ['a'.repeat(100), 'a'.repeat(80)],
    [`${'a'.repeat(79)} b`, 'a'.repeat(79)],
  ])('%j → %j', (raw, id) => {
    expect(toArticleId(raw)).toBe(id);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['"" “” ‘’ «» — ... !!!', 0],
    ['🚢 💙 👩‍👩‍👧', 0],
    ['The ferry runs.', 3],
    ['“Let’s go,” she said.', 4],
    ['The U.S. sent 1,000 co-operation teams.', 6],
    ['ما صلح می‌خواهیم', 3],
    ['Zoe\u0308 and cafe\u0301', 3],
    ['line\r\nbreaks\rcount\nas spaces', 5],
    ['<script>alert(1)</script>', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [1, 1],
    [230, 1],
    [231, 2],
    [460, 2],
    [2300, 10],
  ])('%i words take %i minutes at 230 a minute, rounded up', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('topSpeakers', () => {
  type Input = Pick<Analysis, 'quotes' | 'speakers'>;
  const speaker = (id: string, name: string) => ({
    id,
    name,
    named: true,
    kind: 'person' as const,
    roles: [],
    aliases: [],
    mentions: [],
    quoteIds: [],
  });
  const quote = (id: string, speakerId: string | null) => ({
    id,
    kind: 'direct' as const,
    span: [0, 1] as const,
    content: [0, 1] as const,
    cue: null,
    speakerId,
    mention: null,
    speakerSource: speakerId === null ? null : ('attribution' as const),
    confidence: 1,
    parentId: null,
    continuesId: null,
    repaired: false,
  });
  const input: Input = {
    speakers: ['A', 'B', 'C', 'D', 'E'].map((name, i) => speaker(`s${String(i + 1)}`, name)),
    quotes: [
      quote('q1', 's2'),
      quote('q2', 's4'),
      quote('q3', 's4'),
      quote('q4', 's1'),
      quote('q5', null),
      quote('q6', null),
      quote('q7', null),
      quote('q8', 's3'),
    ],
  };

  it('lists every quoted speaker, most quoted first, ties in the engine’s order, unattributed not counted', () => {
    expect(topSpeakers(input)).toEqual([
      { name: 'D', kind: 'person', count: 2 },
      { name: 'A', kind: 'person', count: 1 },
      { name: 'B', kind: 'person', count: 1 },
      { name: 'C', kind: 'person', count: 1 },
    ]);
  });

  it('lists nobody when no quotation has a speaker', () => {
    expect(topSpeakers({ speakers: input.speakers, quotes: [quote('q1', null)] })).toEqual([]);
  });
});
