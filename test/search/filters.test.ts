// Filters over a small dated library (test/search/library): each filter alone, together, with a query,
// without one (browsing, newest first), and the same answers whether the facets are one file or many.

import { beforeAll, describe, expect, it } from 'vitest';

import { compileContent } from '@/content/build';
import type { Article } from '@/content/schema';
import { buildSearchIndex, type BuiltIndex } from '@/content/search/build-index';
import {
  allowedDocs,
  browse,
  buildFilters,
  facetFilesFor,
  NO_FILTERS,
  type FacetShard,
  type SearchFilters,
} from '@/content/search/filters';
import type { TermShard } from '@/content/search/format';
import { parseQuery, search } from '@/content/search/query';

let articles: Article[];
let built: BuiltIndex;
beforeAll(async () => {
  articles = (await compileContent('test/search/library')).articles.map((a) => a.article);
  built = buildSearchIndex(articles);
}, 30_000);

const ids = (docs: Iterable<number>) => [...docs].map((d) => articles[d]?.id).sort();

/** Only the facet files the filters ask for, as the browser would load them. */
function allowed(filters: Partial<SearchFilters>, index: BuiltIndex = built): Set<number> | null {
  const f = { ...NO_FILTERS, ...filters };
  const files = new Map(index.files);
  const wanted = facetFilesFor(index.manifest.filters, f);
  const shards = new Map(wanted.map((w) => [w, files.get(w) as FacetShard]));
  return allowedDocs(index.manifest.filters, shards, f);
}

describe('filters', () => {
  it('pass everything when none is set, without reading any facet', () => {
    expect(facetFilesFor(built.manifest.filters, NO_FILTERS)).toEqual([]);
    expect(allowed({})).toBeNull();
  });

  it('narrow to the articles quoting a speaker, by name', () => {
    expect(ids(allowed({ speaker: 'Ilse Varga' }) ?? [])).toEqual([
      'council-budget',
      'ferry-strike',
      'harbour-reopens',
    ]);
    expect(ids(allowed({ speaker: 'Nobody At All' }) ?? [])).toEqual([]);
  });

  it('read the kind of the speaker’s own quotations when both are set', () => {
    // Varga is quoted directly only in harbour-reopens; Reyes is paraphrased only in school-roof.
    expect(ids(allowed({ speaker: 'Ilse Varga', kind: 'direct' }) ?? [])).toEqual(['harbour-reopens']);
    expect(ids(allowed({ speaker: 'Tomas Reyes', kind: 'indirect' }) ?? [])).toEqual(['school-roof']);
  });

  it('narrow by quotation kind, source and date range, and combine', () => {
    expect(ids(allowed({ kind: 'mixed' }) ?? [])).toEqual(['harbour-reopens']);
    expect(ids(allowed({ source: 'Valley Post' }) ?? [])).toEqual(['festival', 'school-roof']);
    expect(ids(allowed({ from: '2024-01-01', to: '2024-06-30' }) ?? [])).toEqual(['festival', 'school-roof']);
    expect(ids(allowed({ from: '2024-06-08' }) ?? [])).toEqual(['ferry-strike', 'festival']);
    expect(ids(allowed({ to: '2023-03-14' }) ?? [])).toEqual(['harbour-reopens']);
    expect(ids(allowed({ source: 'Coastal Herald', from: '2024-01-01' }) ?? [])).toEqual(['ferry-strike']);
  });

  it('never let an undated article into a date range', () => {
    expect(ids(allowed({ from: '1900-01-01', to: '2999-12-31' }) ?? [])).not.toContain('undated-letter');
  });

  it('apply to a query before ranking, so the count is of filtered articles', () => {
    const index = { manifest: built.manifest, shards: new Map(built.files) as Map<string, TermShard> };
    const all = search(index, parseQuery('harbour '));
    expect(all.length).toBeGreaterThan(3);
    const only = allowed({ source: 'Valley Post' });
    expect(ids(all.filter((r) => only?.has(r.doc)).map((r) => r.doc))).toEqual(['festival']);
  });

  it('browse without a query, newest first, undated last', () => {
    const f = { ...NO_FILTERS, kind: 'direct' as const };
    const files = new Map(built.files);
    const wanted = facetFilesFor(built.manifest.filters, f, true);
    const shards = new Map(wanted.map((w) => [w, files.get(w) as FacetShard]));
    const docs = browse(
      built.manifest.filters,
      shards,
      allowedDocs(built.manifest.filters, shards, f) ?? new Set(),
    );
    expect(docs.map((d) => articles[d]?.id)).toEqual([
      'ferry-strike',
      'festival',
      'school-roof',
      'council-budget',
      'harbour-reopens',
      'undated-letter',
    ]);
  });

  it('lists the sources and date bounds in the manifest for the filter controls', () => {
    expect(built.manifest.filters.sources).toEqual([
      ['Coastal Herald', 3],
      ['Valley Post', 2],
    ]);
    expect(built.manifest.filters.dates).toEqual(['2023-03-14', '2024-09-30']);
  });

  it('answer the same from many small facet shards, reading one shard for one speaker', () => {
    const small = buildFilters(articles, 'search', 40);
    expect(small.manifest.speaker.length).toBeGreaterThan(1);
    const index: BuiltIndex = {
      manifest: { ...built.manifest, filters: small.manifest },
      files: small.files,
    };
    expect(facetFilesFor(small.manifest, { ...NO_FILTERS, speaker: 'Ilse Varga' })).toHaveLength(1);
    for (const f of [
      { speaker: 'Ilse Varga' },
      { speaker: 'Tomas Reyes', kind: 'indirect' as const },
      { source: 'Valley Post' },
      { from: '2024-01-01' },
      { kind: 'mixed' as const },
    ]) {
      expect(ids(allowed(f, index) ?? []), JSON.stringify(f)).toEqual(ids(allowed(f) ?? []));
    }
  });
});
