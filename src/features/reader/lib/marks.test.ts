import { describe, expect, it } from 'vitest';

import { buildMarks, cutByMarks, type Mark } from './marks';

const find = (a: number, b: number, index = 0): Mark => ({ span: [a, b], kind: 'find', index });

describe('cutByMarks', () => {
  it('leaves a run without marks whole', () => {
    expect(cutByMarks([3, 9], [find(10, 12)])).toEqual([{ span: [3, 9], marks: [] }]);
  });

  it('cuts at mark edges inside the run and clips marks crossing its edges', () => {
    const a = find(0, 5, 0);
    const b = find(7, 20, 1);
    expect(cutByMarks([3, 10], [a, b])).toEqual([
      { span: [3, 5], marks: [a] },
      { span: [5, 7], marks: [] },
      { span: [7, 10], marks: [b] },
    ]);
  });

  it('gives overlapping marks to the pieces both cover', () => {
    const hit: Mark = { span: [2, 6], kind: 'hit', index: 0 };
    const f = find(4, 8);
    expect(cutByMarks([0, 10], [hit, f]).map((p) => [p.span, p.marks.map((m) => m.kind)])).toEqual([
      [[0, 2], []],
      [[2, 4], ['hit']],
      [
        [4, 6],
        ['hit', 'find'],
      ],
      [[6, 8], ['find']],
      [[8, 10], []],
    ]);
  });
});

describe('buildMarks', () => {
  it('numbers find matches, adds a valid hit and datelines, sorted by start', () => {
    const marks = buildMarks(
      [
        [10, 12],
        [20, 22],
      ],
      [5, 8],
      [{ dateline: [0, 4] }, { dateline: null }],
    );
    expect(marks.map((m) => [m.kind, m.span, m.index])).toEqual([
      ['dateline', [0, 4], 0],
      ['hit', [5, 8], 0],
      ['find', [10, 12], 0],
      ['find', [20, 22], 1],
    ]);
    expect(buildMarks([], [4, 4], [])).toEqual([]);
  });
});
