import { describe, expect, it } from 'vitest';

import { formatDate } from './format-date';

describe('formatDate', () => {
  it.each([
    ['2020-07-02', '2 July 2020'],
    ['2020-07-02T10:00:00Z', '2 July 2020'],
    ['summer 2020', 'summer 2020'],
    ['2020-13-45', '2020-13-45'],
  ])('%s → %s', (date, shown) => {
    expect(formatDate(date)).toBe(shown);
  });
});
