import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

const SEED_URL = new URL('../src/content/articles/seed.txt', import.meta.url);

describe('project skeleton', () => {
  it('ships the seed article', async () => {
    const seed = await readFile(SEED_URL, 'utf8');
    expect(seed.startsWith('AT Monitoring Desk\n')).toBe(true);
  });
});
