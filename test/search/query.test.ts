import { describe, expect, it } from 'vitest';

import {
  buildSearchIndex,
  docsPerShardFor,
  MAX_DOCS_PER_SHARD,
  MIN_DOCS_PER_SHARD,
  type BuiltIndex,
} from '@/content/search/build-index';
import { boundedDistance } from '@/content/search/edit-distance';
import { docShardFiles, type TailPage, type TermShard } from '@/content/search/format';
import { parseQuery, search, shardsFor, tailsFor, type Loaded } from '@/content/search/query';

import { testCorpus } from './corpus';

const corpus = testCorpus();
const ids = corpus.map((a) => a.id);

/** Only the shards and tail pages the query asks for, as the browser would load them. */
function loadFor(built: BuiltIndex, q: string): Loaded {
  const files = new Map(built.files);
  const query = parseQuery(q);
  const wanted = shardsFor(built.manifest, query);
  const loaded = {
    manifest: built.manifest,
    shards: new Map(wanted.map((f) => [f, files.get(f) as TermShard])),
  };
  const tails = tailsFor(loaded, query, { limit: corpus.length });
  return { ...loaded, tails: new Map(tails.map((f) => [f, files.get(f) as TailPage])) };
}

const built = buildSearchIndex(corpus);
const find = (q: string, index: BuiltIndex = built) =>
  search(loadFor(index, q), parseQuery(q)).map((r) => ids[r.doc]);

describe('parseQuery', () => {
  it('reads terms, phrases in straight or curly quotes, and the word being typed as a prefix', () => {
    expect(parseQuery('Doha “peace talks” kab').parts).toEqual([
      { kind: 'term', term: 'doha', prefix: false, fuzzy: true },
      { kind: 'phrase', terms: ['peace', 'talks'], prefix: false },
      { kind: 'term', term: 'kab', prefix: true, fuzzy: true },
    ]);
    expect(parseQuery('doha ').parts).toEqual([{ kind: 'term', term: 'doha', prefix: false, fuzzy: true }]);
    expect(parseQuery('"doha agr').parts).toEqual([{ kind: 'phrase', terms: ['doha', 'agr'], prefix: true }]);
  });
});

describe('search', () => {
  it('finds the seed by "Doha", by a prefix, and whatever the case', () => {
    expect(find('Doha')).toEqual(['seed']);
    expect(find('DOH')).toEqual(['seed']);
  });

  it('folds accents and typographic apostrophes both ways', () => {
    expect(find('eloise')).toEqual(['cafe']);
    expect(find('Éloïse')).toEqual(['cafe']);
    expect(find('liege ')).toEqual(['cafe']);
    expect(find('Russia’s ')).toEqual(expect.arrayContaining(['cafe', 'seed']));
    expect(find("russia's ")).toEqual(find('Russia’s '));
    expect(find('"owners"')).toEqual(['cafe']);
  });

  it('matches exact phrases only where the words are adjacent and in order', () => {
    expect(find('"Doha agreement"')).toEqual(['seed']);
    expect(find('"agreement Doha"')).toEqual([]);
    expect(find('"the café owners"')).toEqual(['cafe']);
  });

  it('needs every word (AND)', () => {
    expect(find('Doha Kabulov')).toEqual(['seed']);
    expect(find('Doha Éloïse')).toEqual([]);
  });

  it('forgives one typo from five letters and two from eight, not below', () => {
    expect(find('Kabolov ')).toEqual(['seed']); // 7 letters, one substitution
    expect(find('Kabulvo ')).toEqual([]); // 7 letters, a swap is two edits
    expect(find('Kabluvo ')).toEqual([]);
    expect(find('Kabulovvv ')).toEqual(['seed']); // 9 letters, two insertions
    expect(find('agrement ')).toContain('seed'); // 8 letters, one deletion
    expect(find('Dohe ')).toEqual([]); // 4 letters: exact only
  });

  it('ranks the article quoting a person above one that only mentions them', () => {
    const ranked = find('Marchand ');
    expect(ranked).toEqual(['cafe', 'mention']);
  });

  it('ranks exact matches above typo matches', () => {
    expect(find('treasurer ')[0]).toBe('mention');
  });
});

describe('sharding', () => {
  const small = buildSearchIndex(corpus, { maxShardBytes: 4096, docsPerShard: 5 });

  it('splits a big library into shards by prefix and doc shards by number', () => {
    expect(built.manifest.shards.length).toBeLessThan(small.manifest.shards.length);
    expect(small.manifest.shards.length).toBeGreaterThan(5);
    expect(docShardFiles(small.manifest)).toHaveLength(Math.ceil(corpus.length / 5));
    for (const shard of small.manifest.shards) expect(shard.bytes).toBeLessThan(4096 * 3);
  });

  it("cuts a small library's doc table in big shards and a large one's in small ones", () => {
    // Few articles: one shard holds them all, a typing session loads it once.
    expect(built.manifest.docsPerShard).toBe(MAX_DOCS_PER_SHARD);
    expect(docShardFiles(built.manifest)).toHaveLength(1);
    expect(docsPerShardFor(10_000)).toBe(MAX_DOCS_PER_SHARD);
    expect(docsPerShardFor(50_000)).toBe(20);
    expect(docsPerShardFor(100_000)).toBe(MIN_DOCS_PER_SHARD);
    expect(docsPerShardFor(1_000_000)).toBe(MIN_DOCS_PER_SHARD);
    // Never more articles in a shard as the library grows.
    const sizes = [1, 5_000, 12_000, 20_000, 33_333, 70_000, 100_000].map(docsPerShardFor);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('answers every query the same way from shards as from one file', () => {
    // Not a one- or two-letter prefix: its completions come from whichever shards it reads (query.ts).
    for (const q of ['Doha', 'the', 'said ', 'minister', '"the minister"', 'agrement ', 'Marchand', 'a ']) {
      expect(find(q, small), q).toEqual(find(q, built));
    }
  });

  it('loads only the shards a query needs', () => {
    const files = shardsFor(small.manifest, parseQuery('doha '));
    expect(files).toHaveLength(1);
  });
});

describe('boundedDistance', () => {
  it.each([
    ['kabulov', 'kabulov', 2, 0],
    ['kabulov', 'kabolov', 2, 1],
    ['agrement', 'agreement', 2, 1],
    ['abc', 'xyz', 1, 2],
    ['', 'ab', 2, 2],
  ])('%s ~ %s (max %d) = %d', (a, b, max, d) => {
    expect(boundedDistance(a, b, max)).toBe(d);
  });
});
