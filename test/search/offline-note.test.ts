import { describe, expect, it } from 'vitest';

import { offlineMessage } from '@/features/search/components/offline-note';

describe('the offline note', () => {
  const within = { limit: 5000, articles: 6, search: true };

  it('counts the articles search covers offline', () => {
    expect(offlineMessage(within, 1_234)).toBe(
      'Works offline: once the app has been opened, search covers all 1,234 articles without a network.',
    );
  });

  it('says "the library’s one article" rather than "all 1 article"', () => {
    expect(offlineMessage(within, 1)).toBe(
      'Works offline: once the app has been opened, search covers the library’s one article without a network.',
    );
  });

  it('counts imported articles with the bundled ones, but not against the offline limit', () => {
    expect(offlineMessage(within, 6, 2)).toContain('covers all 8 articles');
    const beyond = offlineMessage({ limit: 2, articles: 2, search: false }, 6, 2);
    expect(beyond).toContain('it has 6 articles, more than the 2 kept for offline use');
    expect(beyond).toContain('The 2 articles you imported are searched on this device, offline too.');
  });
});
