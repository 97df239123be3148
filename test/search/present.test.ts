import { describe, expect, it } from 'vitest';

import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry, layout } from '@/content/search/document';
import type { TermShard } from '@/content/search/format';
import { needsArticle, presentHits } from '@/content/search/present';
import { parseQuery, search, type Match } from '@/content/search/query';
import { tokenize } from '@/content/search/tokenize';

import { SEED_TEXT, testCorpus, toArticle } from './corpus';

const seed = toArticle('seed', SEED_TEXT);
const index = buildSearchIndex([seed]);
const shards = new Map(
  index.files.filter(([p]) => p.includes('/terms')).map(([p, v]) => [p, v as TermShard] as const),
);

const matchesFor = (q: string): readonly Match[] =>
  search({ manifest: index.manifest, shards }, parseQuery(q))[0]?.matches ?? [];
const hitsFor = (q: string, max = 10, article: typeof seed | null = seed) =>
  presentHits(docEntry(seed), article, matchesFor(q), max);

describe('presentHits on the seed', () => {
  it('shows "Doha" in the two quotations that say it, with their speaker, and in the narrative', () => {
    const hits = hitsFor('Doha');
    expect(hits.map((h) => [h.kind, h.quote?.id ?? null, h.speaker?.name ?? null])).toEqual([
      ['quote', 'q6', 'Zamir Kabulov'],
      ['quote', 'q10', 'Zamir Kabulov'],
      ['text', null, null],
    ]);
    for (const hit of hits) {
      expect(hit.marks.map(([s, e]) => hit.text.slice(s, e))).toEqual(['Doha']);
      const [start, end] = hit.match ?? [0, 0];
      expect(seed.text.slice(start, end)).toBe('Doha');
      // The snippet is the article's own text around the match.
      expect(seed.text).toContain(hit.text);
    }
  });

  it('cuts a quotation hit inside the quotation, with an ellipsis only where it cut', () => {
    const [first] = hitsFor('Doha');
    expect(first?.text).toMatch(/Doha agreement,?$/);
    expect(first?.cutBefore).toBe(true);
    expect(first?.cutAfter).toBe(false);
  });

  it('marks the whole phrase and the possessive as written', () => {
    const [phrase] = hitsFor('"Doha agreement"');
    expect(phrase?.marks.map(([s, e]) => phrase.text.slice(s, e))).toEqual(['Doha agreement']);
    const role = hitsFor('russia’s').find((h) => h.kind === 'speaker');
    expect(role?.text).toBe('Russia’s special envoy to Afghanistan');
    expect(role?.marks.map(([s, e]) => role.text.slice(s, e))).toEqual(['Russia’s']);
  });

  it('puts a name match first, as a speaker hit, once per speaker', () => {
    const hits = hitsFor('envoy');
    expect(hits[0]).toMatchObject({ kind: 'speaker', speaker: { id: 's1', name: 'Zamir Kabulov' } });
    expect(hits.filter((h) => h.kind === 'speaker')).toHaveLength(1);
  });

  it('shows only line hits until the article is loaded, and at most `max`', () => {
    expect(hitsFor('Kabulov', 10, null).map((h) => h.kind)).toEqual(['speaker']);
    expect(hitsFor('Kabulov', 2)).toHaveLength(2);
  });
});

describe('needsArticle: whether the best hits include one cut from the body', () => {
  const seedDoc = docEntry(seed);

  it('is false when a speaker’s name outranks every body cluster', () => {
    expect(hitsFor('Kabulov', 1).map((h) => h.kind)).toEqual(['speaker']);
    expect(needsArticle(seedDoc, matchesFor('Kabulov'), 1)).toBe(false);
  });

  it('is true when a body cluster is among the best `max`', () => {
    // "Kabulov" in the narrative comes second.
    expect(hitsFor('Kabulov', 2).map((h) => h.kind)).toEqual(['speaker', 'text']);
    expect(needsArticle(seedDoc, matchesFor('Kabulov'), 2)).toBe(true);
    expect(needsArticle(seedDoc, matchesFor('Doha'), 1)).toBe(true);
  });

  it('ranks as presentHits does: more query parts first, then the better field', () => {
    const doc = {
      id: 'x',
      title: 'Harbour talks',
      titleDerived: false,
      date: null,
      source: null,
      speakers: [],
    };
    const { bodyBase } = layout(doc);
    const at = (ordinal: number, field: Match['field'], part: number): Match => ({
      ordinal,
      length: 1,
      field,
      part,
    });
    const title = at(1, 'title', 0);
    expect(needsArticle(doc, [], 3)).toBe(false);
    // One part each: the title (10 + 3) before the body (10 + 1), so only a second hit needs the text.
    expect(needsArticle(doc, [title, at(bodyBase + 4, 'text', 0)], 1)).toBe(false);
    expect(needsArticle(doc, [title, at(bodyBase + 4, 'text', 0)], 2)).toBe(true);
    // A body cluster with both parts (20 + 1) before the title with one.
    expect(needsArticle(doc, [title, at(bodyBase + 4, 'text', 0), at(bodyBase + 5, 'text', 1)], 1)).toBe(
      true,
    );
  });
});

describe('presentHits without the article, whenever needsArticle says it is not needed', () => {
  const corpus = testCorpus(12);
  const built = buildSearchIndex(corpus);
  const allShards = new Map(
    built.files.filter(([p]) => p.includes('/terms')).map(([p, v]) => [p, v as TermShard] as const),
  );
  // Every word of every title and speaker line, a few of each body, and pairs of them: name hits, body
  // hits and both.
  const queries = [
    ...new Set(
      corpus.flatMap((a) => {
        const doc = docEntry(a);
        const lineWords = tokenize([doc.title, ...doc.speakers.flatMap((s) => s.slice(1))].join(' ')).map(
          (t) => t.term,
        );
        const bodyWords = tokenize(a.text)
          .filter((_, i) => i % 97 === 0)
          .map((t) => t.term);
        return [
          ...lineWords,
          ...bodyWords,
          ...lineWords.slice(0, 3).map((w, i) => `${w} ${bodyWords[i] ?? ''}`),
        ];
      }),
    ),
  ];

  it('gives the same hits as with it, for every result of every query and every max', () => {
    let skipped = 0;
    let needed = 0;
    for (const q of queries) {
      for (const { doc, matches } of search({ manifest: built.manifest, shards: allShards }, parseQuery(q))) {
        const article = corpus[doc];
        if (!article) throw new Error(`no article ${String(doc)}`);
        const entry = docEntry(article);
        for (const max of [1, 2, 3]) {
          if (needsArticle(entry, matches, max)) {
            needed++;
            continue;
          }
          skipped++;
          expect(presentHits(entry, null, matches, max)).toEqual(presentHits(entry, article, matches, max));
        }
      }
    }
    // Both answers happen, so the loop compared something.
    expect(skipped).toBeGreaterThan(50);
    expect(needed).toBeGreaterThan(50);
  });

  it('says it is needed whenever the article adds a hit among the best `max`', () => {
    for (const q of queries.slice(0, 200)) {
      for (const { doc, matches } of search({ manifest: built.manifest, shards: allShards }, parseQuery(q))) {
        const article = corpus[doc];
        if (!article) throw new Error(`no article ${String(doc)}`);
        const entry = docEntry(article);
        const withText = presentHits(entry, article, matches, 2);
        if (withText.some((h) => h.kind === 'quote' || h.kind === 'text'))
          expect(needsArticle(entry, matches, 2)).toBe(true);
      }
    }
  });
});
