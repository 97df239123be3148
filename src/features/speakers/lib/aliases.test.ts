import { describe, expect, it } from 'vitest';

import type { Mention } from '@/content/schema';

import { collectAliases } from './aliases';

const m = (text: string, kind: Mention['kind']): Mention => ({ span: [0, text.length], text, kind });

describe('collectAliases', () => {
  it('keeps names and descriptors in first-seen order, without the name, pronouns or repeats', () => {
    const mentions = [
      m('Zamir Kabulov', 'name'),
      m('Kabulov', 'name'),
      m('the presidential envoy', 'descriptor'),
      m('He', 'pronoun'),
      m('Kabulov', 'name'),
      m('The  Presidential envoy', 'descriptor'),
      m('the diplomat', 'descriptor'),
    ];
    expect(collectAliases({ name: 'Zamir Kabulov', mentions })).toEqual([
      'Kabulov',
      'the presidential envoy',
      'the diplomat',
    ]);
  });

  it('drops the name whatever its case and spacing', () => {
    const mentions = [m('ZAMIR  kabulov', 'name'), m('\n', 'descriptor')];
    expect(collectAliases({ name: 'Zamir Kabulov', mentions })).toEqual([]);
  });
});
