// The index against a plain scan: for exact-word queries, every article and every place the word occurs
// must be what reading each article word by word finds, whether the index is one file or many shards, and
// whether a frequent word's postings sit whole in its shard or mostly in tail pages; and for two-word
// queries, the articles having both words.

import { describe, expect, it } from 'vitest';

import type { Article } from '@/content/schema';
import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry, layout } from '@/content/search/document';
import { docShardFiles, type TailPage, type TermShard } from '@/content/search/format';
import { parseQuery, search, shardsFor, tailsFor, type Loaded } from '@/content/search/query';
import { tokenize } from '@/content/search/tokenize';

import { generateNewsArticle } from '../bench/news-corpus';
import { testCorpus, toArticle } from './corpus';

/** The written articles and 30 from the engine's benchmark, then 240 of the search benchmark's archive. */
const corpus = [
  ...testCorpus(30),
  ...Array.from({ length: 240 }, (_, i) => {
    const { id, text } = generateNewsArticle(11, i);
    return toArticle(id, text);
  }),
];
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

type Built = ReturnType<typeof buildSearchIndex>;

/** What a query reads: its shards, then every tail page of its words. */
function load(index: Built, q: string): Loaded {
  const files = new Map(index.files);
  const query = parseQuery(q);
  const shards = new Map(shardsFor(index.manifest, query).map((f) => [f, files.get(f) as TermShard]));
  const loaded = { manifest: index.manifest, shards };
  const tails = tailsFor(loaded, query, { complete: true });
  return { ...loaded, tails: new Map(tails.map((f) => [f, files.get(f) as TailPage])) };
}

function viaIndex(index: Built, term: string) {
  const query = parseQuery(term);
  const found = new Map<string, { body: number[][]; lines: number }>();
  for (const r of search(load(index, term), query, { prefix: false, fuzzy: false })) {
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
  ...[
    ...new Set(corpus.filter((_, i) => i % 20 === 0).flatMap((a) => tokenize(a.text).map((t) => t.term))),
  ].filter((_, i) => i % 3 === 0),
  // In nearly every article: their postings are mostly in tail pages in the sharded index.
  'the',
  'said',
  'of',
  'zyzzyva',
  'doha',
  'eloise',
];

const whole = buildSearchIndex(corpus, { maxShardBytes: Infinity, headBytes: Infinity });
const sharded = buildSearchIndex(corpus, {
  maxShardBytes: 8192,
  docsPerShard: 16,
  headBytes: 256,
  minHeadDocs: 3,
  tailPageBytes: 1024,
});
const count = (index: Built, what: string) => index.files.filter(([f]) => f.includes(what)).length;

describe('the indexes under test', () => {
  it('are one shard with whole postings, and many shards with most postings in tail pages', () => {
    expect(whole.manifest.shards).toHaveLength(1);
    expect(count(whole, '/tail-')).toBe(0);
    expect(sharded.manifest.shards.length).toBeGreaterThan(20);
    expect(docShardFiles(sharded.manifest).length).toBeGreaterThan(10);
    expect(count(sharded, '/tail-')).toBeGreaterThan(200);
  });
});

describe.each([
  ['one shard', whole],
  ['many shards, heads and tails', sharded],
])('exact-word queries equal a brute-force scan (%s)', (_, index) => {
  it(`for each of ${String(vocabulary.length)} words`, () => {
    expect(vocabulary.length).toBeGreaterThan(500);
    for (const term of vocabulary) {
      const expected = new Map<string, { body: number[][]; lines: number }>();
      for (const article of corpus) {
        const found = scan(article, term);
        if (found.body.length + found.lines > 0) expected.set(article.id, found);
      }
      expect(viaIndex(index, term), term).toEqual(expected);
    }
    // Several seconds on a busy two-core machine: a thousand words over 273 articles, scanned one by one.
  }, 60_000);
});

describe('two-word queries equal the articles with both words', () => {
  const termsOf = new Map(
    corpus.map((a) => {
      const w = wordsOf(a);
      return [a.id, new Set([...w.body, ...w.lines].map((t) => t.term))] as const;
    }),
  );
  const pairs = vocabulary
    .filter((_, i) => i % 7 === 0)
    .map((w, i) => [w, vocabulary[(i * 31) % vocabulary.length] ?? w] as const);

  it.each([
    ['one shard', whole],
    ['many shards, heads and tails', sharded],
  ])('%s', (_, index) => {
    let nonEmpty = 0;
    for (const [a, b] of pairs) {
      const q = `${a} ${b} `;
      const expected = corpus
        .filter((art) => termsOf.get(art.id)?.has(a) && termsOf.get(art.id)?.has(b))
        .map((art) => art.id)
        .sort();
      if (expected.length > 0) nonEmpty++;
      const found = search(load(index, q), parseQuery(q), { prefix: false, fuzzy: false })
        .map((r) => corpus[r.doc]?.id)
        .sort();
      expect(found, q).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
