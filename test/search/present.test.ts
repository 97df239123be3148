import { describe, expect, it } from 'vitest';

import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry } from '@/content/search/document';
import type { TermShard } from '@/content/search/format';
import { presentHits } from '@/content/search/present';
import { parseQuery, search } from '@/content/search/query';

import { SEED_TEXT, toArticle } from './corpus';

const seed = toArticle('seed', SEED_TEXT);
const index = buildSearchIndex([seed]);
const shards = new Map(
  index.files.filter(([p]) => p.includes('/terms')).map(([p, v]) => [p, v as TermShard] as const),
);

const hitsFor = (q: string, max = 10, article: typeof seed | null = seed) => {
  const [result] = search({ manifest: index.manifest, shards }, parseQuery(q));
  return result ? presentHits(docEntry(seed), article, result.matches, max) : [];
};

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
