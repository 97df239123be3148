import { describe, expect, it } from 'vitest';

import { activeFilters, filterLabel, hasFilters, NO_FILTERS, withoutFilter } from './filters';

const date = (d: string) => `<${d}>`;

describe('search filter helpers', () => {
  const filters = { ...NO_FILTERS, speaker: 'Ilse Varga', kind: 'mixed' as const, to: '2024-06-30' };

  it('list the filters in force, in the order the page shows them', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(activeFilters(filters)).toEqual(['speaker', 'kind', 'to']);
    expect(activeFilters(withoutFilter(filters, 'kind'))).toEqual(['speaker', 'to']);
  });

  it('say each filter in words', () => {
    expect(filterLabel('speaker', filters, date)).toBe('Speaker: Ilse Varga');
    expect(filterLabel('kind', filters, date)).toBe('Partly quoted (mixed)');
    expect(filterLabel('to', filters, date)).toBe('Until <2024-06-30>');
  });
});
