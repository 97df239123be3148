// The precache list below and above the offline limit (a tiny one), and what the search manifest says.

import { describe, expect, it } from 'vitest';

import { compileContent } from '@/content/build';
import { DEFAULT_OFFLINE_LIMIT, offlineFiles, offlineInfo, parseOfflineLimit } from '@/content/offline';
import { pwaOptions } from '@/content/pwa';
import { SearchManifest, snippetTextPath } from '@/content/search/format';

const LIBRARY = 'test/search/library';

describe('the offline precache list', () => {
  it('holds every content file but the snippet texts when the library is within the limit', async () => {
    const { files, offline } = await compileContent(LIBRARY, { offlineLimit: 6 });
    // Search then cuts its snippets from the article files, which are stored: not the same words twice.
    const texts = files.map(([p]) => p).filter((p) => p.startsWith('search/text/'));
    expect(texts).toHaveLength(6);
    expect([...offline].sort()).toEqual(
      files
        .map(([p]) => p)
        .filter((p) => !texts.includes(p))
        .sort(),
    );
    const manifest = SearchManifest.parse(files.find(([p]) => p === 'search/manifest.json')?.[1]);
    expect(manifest.offline).toEqual({ limit: 6, articles: 6, search: true });
  }, 30_000);

  it('above the limit holds the catalog, the search manifest and the newest articles, and no index', async () => {
    const { files, offline } = await compileContent(LIBRARY, { offlineLimit: 2 });
    expect([...offline].sort()).toEqual([
      'articles/ferry-strike.json',
      'articles/festival.json',
      'catalog.json',
      'search/manifest.json',
    ]);
    expect(files.length).toBeGreaterThan(offline.size + 4);
    const manifest = SearchManifest.parse(files.find(([p]) => p === 'search/manifest.json')?.[1]);
    expect(manifest.offline).toEqual({ limit: 2, articles: 2, search: false });
  }, 30_000);

  it('puts undated articles after dated ones, in library order', () => {
    const articles = [
      { id: 'a', date: null },
      { id: 'b', date: 'summer 2020' },
      { id: 'c', date: '2020-01-02' },
    ];
    const files = [
      'catalog.json',
      'articles/a.json',
      'articles/b.json',
      'articles/c.json',
      'search/terms.x.json',
      snippetTextPath('a'),
    ];
    expect([...offlineFiles(articles, files, 2)].sort()).toEqual([
      'articles/a.json',
      'articles/c.json',
      'catalog.json',
    ]);
    // Within the limit, all but the snippet texts.
    expect([...offlineFiles(articles, files, 3)].sort()).toEqual(files.slice(0, -1).sort());
    expect(offlineInfo(3, 0)).toEqual({ limit: 0, articles: 0, search: false });
  });

  it('reads the limit from the environment, falling back to the default on nonsense', () => {
    expect(parseOfflineLimit(undefined)).toEqual({ limit: DEFAULT_OFFLINE_LIMIT, problem: null });
    expect(parseOfflineLimit('12')).toEqual({ limit: 12, problem: null });
    expect(parseOfflineLimit('lots').limit).toBe(DEFAULT_OFFLINE_LIMIT);
    expect(parseOfflineLimit('-1').problem).toMatch(/whole number/);
  });
});

describe('the service worker', () => {
  it('precaches the content files the build chose, with their revisions, and keeps the shell', async () => {
    const options = pwaOptions(() => [{ path: 'catalog.json', revision: 'abc', size: 5 }]);
    // Workbox never reads content/ itself: the content plugin names those files.
    expect(options.workbox?.globIgnores).toEqual(['content/**']);
    const transform = options.workbox?.manifestTransforms?.[0];
    const entry = (url: string) => ({ url, revision: null, size: 1 });
    const result = await transform?.([
      entry('index.html'),
      entry('assets/index.js'),
      entry('content/articles/a.json'),
    ]);
    expect(result?.manifest).toEqual([
      entry('index.html'),
      entry('assets/index.js'),
      { url: 'content/catalog.json', revision: 'abc', size: 5 },
    ]);
  });
});
