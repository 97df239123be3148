import { describe, expect, it } from 'vitest';

import { stepQuote, type OrderedQuote } from './quote-order';

const order: OrderedQuote[] = [
  { id: 'q1', speakerId: 'a' },
  { id: 'q2', speakerId: 'b' },
  { id: 'q3', speakerId: 'a' },
  { id: 'q4', speakerId: null },
  { id: 'q5', speakerId: 'a' },
];

describe('stepQuote', () => {
  const cases: [
    name: string,
    current: string | null,
    step: 1 | -1,
    speaker: string | null | undefined,
    expected: string | null,
  ][] = [
    ['first when nothing is current', null, 1, undefined, 'q1'],
    ['last when going back from nothing', null, -1, undefined, 'q5'],
    ['the next one', 'q2', 1, undefined, 'q3'],
    ['the previous one', 'q2', -1, undefined, 'q1'],
    ['no wrap at the end', 'q5', 1, undefined, null],
    ['no wrap at the start', 'q1', -1, undefined, null],
    ["the same speaker's next", 'q1', 1, 'a', 'q3'],
    ["the same speaker's previous", 'q5', -1, 'a', 'q3'],
    ['a speaker with no more quotations', 'q2', 1, 'b', null],
    ['unattributed ones together', null, 1, null, 'q4'],
    ['an unknown current id starts over', 'zz', 1, undefined, 'q1'],
    ['another speaker from where we are', 'q1', 1, 'b', 'q2'],
  ];
  it.each(cases)('%s', (_name, current, step, speaker, expected) => {
    expect(stepQuote(order, current, step, speaker)).toBe(expected);
  });
});
