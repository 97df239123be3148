import { describe, expect, it, vi } from 'vitest';

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

describe('loading while the browser says it is offline', () => {
  it('does not try again: the service worker has answered, and would again', () => {
    const offline = new ContentLoadError('Could not load the article.', 'Failed to fetch', true);
    vi.stubGlobal('navigator', { onLine: false });
    try {
      expect(shouldRetry(0, offline)).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs every load, so the service worker can answer from its cache', async () => {
    const { createQueryClient } = await import('@/lib/query-client');
    const { onlineManager } = await import('@tanstack/react-query');
    onlineManager.setOnline(false);
    try {
      const client = createQueryClient();
      await expect(
        client.fetchQuery({ queryKey: ['x'], queryFn: () => Promise.resolve('cached') }),
      ).resolves.toBe('cached');
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
