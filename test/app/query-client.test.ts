import { describe, expect, it } from 'vitest';

import { ContentLoadError } from '@/lib/api/fetch-json';
import { shouldRetry } from '@/lib/query-client';

describe('shouldRetry', () => {
  it('does not ask again for a file that is missing or damaged', () => {
    expect(shouldRetry(0, new ContentLoadError('The article was not found.', 'HTTP 404', false))).toBe(false);
  });

  it('tries a network failure again, three times', () => {
    const offline = new ContentLoadError('Could not load the article.', 'Failed to fetch', true);
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, offline))).toEqual([true, true, true, false]);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
  });
});
