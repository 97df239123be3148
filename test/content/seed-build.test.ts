// The bundled seed through the whole content build: the files it writes validate against the schema,
// read back equal to what the build returned, keep the text byte for byte, and the catalog entry says
// what the library will show (a derived title, the byline, the dateline, ten quotations, Kabulov first).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { buildContent } from '@/content/build';
import { Article, Catalog } from '@/content/schema';
import { FACETS } from '@/content/search/filter-format';
import { docShardFiles, SearchManifest, SnippetText } from '@/content/search/format';

import { contentPaths, GOOD_ARTICLE, snapshot, sourceDir, tempDir } from './helpers';

const SEED_DIR = fileURLToPath(new URL('../../src/content/articles/', import.meta.url));

const readJson = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(path, 'utf8')) as unknown;

describe('building the seed', () => {
  it('writes a catalog and one article file that validate and read back as built', async () => {
    const outDir = join(await tempDir(), 'content');
    const result = await buildContent({ sourceDir: SEED_DIR, outDir });

    const written = await snapshot(outDir);
    expect(contentPaths(written)).toEqual([
      'articles/seed.json',
      'catalog.json',
      'speakers/ashraf-ghani.json',
      'speakers/index.json',
      'speakers/taliban.json',
      'speakers/zamir-kabulov.json',
    ]);
    // The search index: a manifest, the shards it lists and the article's snippet text, nothing else.
    const manifest = SearchManifest.parse(await readJson(join(outDir, 'search/manifest.json')));
    expect([...written.keys()].filter((p) => p.startsWith('search/')).sort()).toEqual(
      [
        'search/manifest.json',
        ...manifest.shards.map((s) => s.file),
        ...docShardFiles(manifest),
        ...FACETS.flatMap((f) => manifest.filters[f]),
        'search/text/seed.json',
      ].sort(),
    );
    const catalog = Catalog.parse(await readJson(join(outDir, 'catalog.json')));
    expect(catalog).toEqual(result.catalog);
    const [entry] = catalog.articles;
    const article = Article.parse(await readJson(join(outDir, entry?.path ?? 'missing')));
    expect(article).toEqual(result.articles[0]?.article);
    expect(article.text).toBe(await readFile(join(SEED_DIR, 'seed.txt'), 'utf8'));
    expect(article.sourceFile).toBe('seed.txt');
    expect(SnippetText.parse(await readJson(join(outDir, 'search/text/seed.json'))).text).toBe(article.text);
  });

  it('describes the seed in the catalog as the library will show it', async () => {
    const { catalog } = await buildContent({ sourceDir: SEED_DIR, outDir: join(await tempDir(), 'out') });
    expect(catalog.schemaVersion).toBe(1);
    expect(catalog.articles).toHaveLength(1);
    expect(catalog.articles[0]).toMatchObject({
      id: 'seed',
      titleDerived: true,
      byline: 'AT Monitoring Desk',
      dateline: 'KABUL',
      date: null,
      quoteCount: 10,
      path: 'articles/seed.json',
    });
    expect(catalog.articles[0]?.title).toMatch(/^The U\.S\. counterinsurgency campaign/);
    expect(catalog.articles[0]?.topSpeakers[0]).toEqual({ name: 'Zamir Kabulov', kind: 'person', count: 8 });
    expect(catalog.articles[0]?.topSpeakers.length).toBeLessThanOrEqual(3);
  });

  it('counts words, reading time at 230 words a minute, and quotations by kind', async () => {
    const { articles } = await buildContent({ sourceDir: SEED_DIR, outDir: join(await tempDir(), 'out') });
    const stats = articles[0]?.article.stats;
    expect(stats?.words).toBeGreaterThan(350);
    expect(stats?.words).toBeLessThan(400);
    expect(stats?.readingMinutes).toBe(2);
    expect(stats?.quotes).toEqual({ total: 10, direct: 5, indirect: 5, mixed: 0 });
  });

  it('writes the same bytes every time', async () => {
    const first = join(await tempDir(), 'a');
    const second = join(await tempDir(), 'b');
    await buildContent({ sourceDir: SEED_DIR, outDir: first });
    await buildContent({ sourceDir: SEED_DIR, outDir: second });
    expect(await snapshot(second)).toEqual(await snapshot(first));
  });

  it('replaces a previous build entirely, leaving no staging folder behind', async () => {
    const parent = await tempDir();
    const outDir = join(parent, 'content');
    await buildContent({ sourceDir: await sourceDir({ 'older.txt': GOOD_ARTICLE }), outDir });
    await buildContent({ sourceDir: SEED_DIR, outDir });
    expect(contentPaths(await snapshot(parent))).toEqual([
      'content/articles/seed.json',
      'content/catalog.json',
      // The earlier build's speaker (Ada Quint) is gone with it.
      'content/speakers/ashraf-ghani.json',
      'content/speakers/index.json',
      'content/speakers/taliban.json',
      'content/speakers/zamir-kabulov.json',
    ]);
  });
});
