import { describe, expect, it } from 'vitest';

import { Correction } from '@/content/corrections/schema';

import { describeCorrection, groupByArticle } from './describe';

const make = (fields: Record<string, unknown>, article = 'seed', start = 0) =>
  Correction.parse({ article, target: { span: [start, start + 5], text: 'hello' }, ...fields });

describe('describeCorrection', () => {
  it.each([
    [{ speaker: { name: 'Zamir Kabulov' } }, 'Speaker → Zamir Kabulov'],
    [{ speaker: null }, 'Speaker → unknown'],
    [{ speaker: { name: 'Ann Lee', kind: 'person', role: 'mayor' } }, 'Speaker → Ann Lee (new, mayor)'],
    [{ speaker: { name: 'UN', kind: 'organisation', role: null } }, 'Speaker → UN (new)'],
    [{ kind: 'direct' }, 'Kind → direct'],
    [{ speaker: null, kind: 'mixed' }, 'Speaker → unknown · Kind → mixed'],
    [{ rejected: true, kind: 'direct' }, 'Not a quotation'],
  ])('%j → %s', (fields, words) => {
    expect(describeCorrection(make(fields))).toBe(words);
  });
});

describe('groupByArticle', () => {
  it('keeps articles in first-corrected order, newest correction first within each', () => {
    const a1 = make({ kind: 'direct' }, 'a', 1);
    const b1 = make({ kind: 'direct' }, 'b', 1);
    const a2 = make({ kind: 'mixed' }, 'a', 9);
    expect(groupByArticle([a1, b1, a2])).toEqual([
      ['a', [a2, a1]],
      ['b', [b1]],
    ]);
  });
});
