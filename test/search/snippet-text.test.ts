// The snippet text file: what the build writes for each article, what its schema refuses, and that the
// app cuts from it, character for character, the snippets it would cut from the whole article.

import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { compileContent } from '@/content/build';
import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry } from '@/content/search/document';
import { INDEX_VERSION, SnippetText, snippetTextPath, type TermShard } from '@/content/search/format';
import { presentHits } from '@/content/search/present';
import { parseQuery, search } from '@/content/search/query';
import { fromSnippetText, snippetTextFile, toSnippetText } from '@/content/search/snippet-text';
import { serializeContent } from '@/content/serialize';
import { tokenize } from '@/content/search/tokenize';

import { SEED_TEXT, testCorpus, toArticle } from './corpus';

const seed = toArticle('seed', SEED_TEXT);

describe('the snippet text file', () => {
  it('sits under search/text/, named by the article', () => {
    expect(snippetTextPath('seed')).toBe('search/text/seed.json');
    expect(snippetTextFile(seed)[0]).toBe('search/text/seed.json');
  });

  it('holds the text, paragraphs, quotations as tuples and only the speakers they name', () => {
    const file = toSnippetText(seed);
    expect(file.v).toBe(INDEX_VERSION);
    expect(file.text).toBe(seed.text);
    expect(file.paragraphs).toEqual(seed.paragraphs);
    expect(file.quotes[0]).toEqual(['q1', 'indirect', 343, 441, 's1']);
    const quoted = new Set(seed.quotes.map((q) => q.speakerId));
    expect(file.speakers.map(([id]) => id)).toEqual(
      seed.speakers.filter((s) => quoted.has(s.id)).map((s) => s.id),
    );
    expect(file.speakers[0]).toEqual(['s1', 'Zamir Kabulov']);
  });

  it('is written by the content build for every article', async () => {
    const { articles, files } = await compileContent('test/search/library');
    const texts = files.filter(([path]) => path.startsWith('search/text/'));
    expect(texts.map(([path]) => path).sort()).toEqual(
      articles.map((a) => snippetTextPath(a.article.id)).sort(),
    );
    for (const [, value] of texts) expect(SnippetText.safeParse(value).success).toBe(true);
  }, 30_000);

  it('is much smaller than the article file on the seed', () => {
    const gzip = (value: unknown) => gzipSync(serializeContent(value)).length;
    // 1,411 against 2,272 bytes gzip when written.
    expect(gzip(toSnippetText(seed))).toBeLessThan(0.7 * gzip(seed));
  });

  it('is refused when a range leaves the text, a speaker is not listed, or the version is another', () => {
    const file = toSnippetText(seed);
    const [q1, ...quotes] = file.quotes;
    if (!q1) throw new Error('the seed has quotations');
    const issues = (value: unknown) => {
      const result = SnippetText.safeParse(value);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues(file)).toEqual([]);
    expect(issues({ ...file, paragraphs: [[0, seed.text.length + 1]] })).toEqual([
      'paragraphs.0: a range outside the text',
    ]);
    expect(issues({ ...file, quotes: [[q1[0], q1[1], q1[3], q1[2], q1[4]], ...quotes] })).toEqual([
      'quotes.0: a range outside the text',
    ]);
    expect(issues({ ...file, quotes: [[q1[0], q1[1], q1[2], q1[3], 's99'], ...quotes] })).toEqual([
      'quotes.0: speaker s99 is not listed',
    ]);
    expect(issues({ ...file, v: INDEX_VERSION - 1 })).not.toEqual([]);
    expect(issues({ ...file, quotes: [[...q1, 0.9], ...quotes] })).not.toEqual([]);
  });
});

describe('snippets cut from the snippet text file', () => {
  const corpus = [...testCorpus(12), seed];
  const built = buildSearchIndex(corpus);
  const shards = new Map(
    built.files.filter(([p]) => p.includes('/terms')).map(([p, v]) => [p, v as TermShard] as const),
  );

  it('are the whole article’s snippets, for every result of every word and phrase tried', () => {
    let compared = 0;
    for (const article of corpus) {
      // The file as the app gets it: written, read back, validated.
      const file = SnippetText.parse(JSON.parse(serializeContent(snippetTextFile(article)[1])));
      const text = fromSnippetText(file);
      const words = tokenize(article.text).filter((_, i) => i % 23 === 0);
      const queries = [
        ...words.map((t) => t.term),
        ...words.slice(1).map((t, i) => `"${words[i]?.term ?? ''} ${t.term}"`),
      ];
      const doc = corpus.indexOf(article);
      for (const q of queries) {
        const found = search({ manifest: built.manifest, shards }, parseQuery(q)).find((r) => r.doc === doc);
        if (!found) continue;
        const entry = docEntry(article);
        expect(presentHits(entry, text, found.matches, 5)).toEqual(
          presentHits(entry, article, found.matches, 5),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
