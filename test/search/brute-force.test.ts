// The index against a plain scan: for exact-word queries, every article and every place the word occurs
// must be what reading each article word by word finds, whether the index is one file or many shards.

import { describe, expect, it } from 'vitest';

import type { Article } from '@/content/schema';
import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry, layout } from '@/content/search/document';
import type { TermShard } from '@/content/search/format';
import { parseQuery, search, shardsFor } from '@/content/search/query';
import { tokenize } from '@/content/search/tokenize';

import { testCorpus } from './corpus';

const corpus = testCorpus(30);
const words = new Map(
  corpus.map((a) => {
    const { lines, bodyBase } = layout(docEntry(a));
    return [a, { body: tokenize(a.text), lines: lines.flatMap((l) => l.tokens), bodyBase }] as const;
  }),
);
const wordsOf = (article: Article) => {
  const w = words.get(article);
  if (!w) throw new Error('not in the corpus');
  return w;
};

/** Where `term` occurs in the article: body ranges, and how often in the title and speaker lines. */
function scan(article: Article, term: string) {
  const { body, lines } = wordsOf(article);
  return {
    body: body.filter((t) => t.term === term).map((t) => [t.start, t.end]),
    lines: lines.filter((t) => t.term === term).length,
  };
}

function viaIndex(index: ReturnType<typeof buildSearchIndex>, term: string) {
  const files = new Map(index.files);
  const query = parseQuery(term);
  const shards = new Map(shardsFor(index.manifest, query).map((f) => [f, files.get(f) as TermShard]));
  const found = new Map<string, { body: number[][]; lines: number }>();
  for (const r of search({ manifest: index.manifest, shards }, query, { prefix: false, fuzzy: false })) {
    const article = corpus[r.doc];
    if (!article) throw new Error(`no article ${String(r.doc)}`);
    const { bodyBase, body: tokens } = wordsOf(article);
    found.set(article.id, {
      body: r.matches
        .filter((m) => m.ordinal >= bodyBase)
        .map((m) => {
          const t = tokens[m.ordinal - bodyBase];
          return [t?.start ?? -1, t?.end ?? -1];
        }),
      lines: r.matches.filter((m) => m.ordinal < bodyBase).length,
    });
  }
  return found;
}

// Every distinct word of a few articles, frequent and rare alike, plus words found nowhere.
const vocabulary = [
  ...new Set(corpus.filter((_, i) => i % 5 === 0).flatMap((a) => tokenize(a.text).map((t) => t.term))),
  'zyzzyva',
  'doha',
  'eloise',
];

describe.each([
  ['one shard', buildSearchIndex(corpus)],
  ['many shards', buildSearchIndex(corpus, { maxShardBytes: 2048, docsPerShard: 4 })],
])('exact-word queries equal a brute-force scan (%s)', (_, index) => {
  it(`for each of ${String(vocabulary.length)} words`, () => {
    expect(vocabulary.length).toBeGreaterThan(300);
    for (const term of vocabulary) {
      const expected = new Map<string, { body: number[][]; lines: number }>();
      for (const article of corpus) {
        const found = scan(article, term);
        if (found.body.length + found.lines > 0) expected.set(article.id, found);
      }
      expect(viaIndex(index, term), term).toEqual(expected);
    }
  });
});
