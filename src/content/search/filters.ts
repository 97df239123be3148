// Filters (speaker, quotation kind, source, date) as the index holds them: one inverted list per value,
// "which articles have it", in facet files apart from the term shards and the doc entries.
//
// Why not read the filter data from the doc entries: a filter must apply before ranking and paging, so
// that the count is right, and at 100,000 articles a common word matches most of the library. Checking
// each match against its doc entry would download every docs shard (hundreds) for one query. A value's
// list is what the filter needs and nothing else: one small file per facet for a small library, and for
// a big one the facet is cut into shards by a hash of the value, so a speaker filter reads one shard.
//
//   search/facet-<facet>-<n>.<hash>.json   { v, facet, values: [...], lists: [[...], ...] }
//
// Lists are doc numbers ascending as Δ from the previous (the first from 0). The speaker facet's lists
// are pairs, `[doc Δ, kinds, …]`, where `kinds` is a bit set of that speaker's quotation kinds in that
// article (direct 1, indirect 2, mixed 4): "Kabulov, paraphrased" is then exact, not "an article quoting
// Kabulov that has some paraphrase somewhere".
//
// Values: the speaker's name as written (the library filter uses names too), the source as written, the
// kind, and the date's ISO part (`2020-07-02`, `2020-07`, `2020`); a date such as "summer 2020" is in no
// date list, so a date range never matches it.

import * as v from 'valibot';

import type { Article, QuoteKind } from '../schema';
import { defineSchema } from '../schema';

import { FACETS, type Facet, type FilterManifest } from './filter-format';
import { hash, INDEX_VERSION } from './format';

export { FACETS, type Facet, type FilterManifest };

export const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const KIND_BIT: Readonly<Record<QuoteKind, number>> = { direct: 1, indirect: 2, mixed: 4 };
/** The library's sources listed in the manifest for the filter's options, most articles first. */
const TOP_SOURCES = 50;
/** About 12 KB gzip: a facet shard costs a filter one quick round trip. */
export const MAX_FACET_BYTES = 64 * 1024;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/** What a search is narrowed to; null is "any". Dates are `YYYY-MM-DD`, inclusive. */
export interface SearchFilters {
  readonly speaker: string | null;
  readonly kind: QuoteKind | null;
  readonly source: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_FILTERS: SearchFilters = { speaker: null, kind: null, source: null, from: null, to: null };

export const hasFilters = (f: SearchFilters): boolean =>
  f.speaker !== null || f.kind !== null || f.source !== null || f.from !== null || f.to !== null;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const FacetShardSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  facet: v.picklist(FACETS),
  values: v.pipe(v.array(v.string()), v.readonly()),
  lists: v.pipe(v.array(v.pipe(v.array(Count), v.readonly())), v.readonly()),
});
export const FacetShard = defineSchema(FacetShardSchema, (s) =>
  s.values.length === s.lists.length ? [] : [{ path: ['lists'], message: 'one list per value' }],
);
export type FacetShard = v.InferOutput<typeof FacetShardSchema>;

/** Which of `n` shards holds `value`. */
export const facetShardOf = (value: string, n: number): number =>
  n <= 1 ? 0 : Number.parseInt(hash(value), 16) % n;

/** The ISO part of a date as the facet keys it, or null. */
export const dateKey = (date: string | null): string | null => (date && ISO_DATE.exec(date)?.[0]) ?? null;

// ---------------------------------------------------------------------------------------------------
// Build

export interface BuiltFilters {
  readonly manifest: FilterManifest;
  readonly files: readonly (readonly [string, FacetShard])[];
}

export function buildFilters(
  articles: readonly Article[],
  dir: string,
  maxBytes: number = MAX_FACET_BYTES,
): BuiltFilters {
  // value → [doc, kinds] in doc order, per facet
  const values: Record<Facet, Map<string, number[]>> = {
    speaker: new Map(),
    kind: new Map(),
    source: new Map(),
    date: new Map(),
  };
  const add = (facet: Facet, value: string, doc: number, kinds?: number) => {
    let list = values[facet].get(value);
    if (!list) values[facet].set(value, (list = []));
    list.push(doc);
    if (kinds !== undefined) list.push(kinds);
  };
  articles.forEach((article, doc) => {
    const bySpeaker = new Map<string, number>();
    let kinds = 0;
    for (const q of article.quotes) {
      kinds |= KIND_BIT[q.kind];
      if (q.speakerId !== null)
        bySpeaker.set(q.speakerId, (bySpeaker.get(q.speakerId) ?? 0) | KIND_BIT[q.kind]);
    }
    // One list entry per name: two speakers of one article may share it.
    const byName = new Map<string, number>();
    for (const s of article.speakers) {
      const k = bySpeaker.get(s.id);
      if (k !== undefined) byName.set(s.name, (byName.get(s.name) ?? 0) | k);
    }
    for (const [name, k] of byName) add('speaker', name, doc, k);
    for (const kind of KINDS) if (kinds & KIND_BIT[kind]) add('kind', kind, doc);
    if (article.meta.source) add('source', article.meta.source, doc);
    const date = dateKey(article.meta.date);
    if (date) add('date', date, doc);
  });

  const out: (readonly [string, FacetShard])[] = [];
  const manifestFiles = {} as Record<Facet, string[]>;
  for (const facet of FACETS) {
    const paired = facet === 'speaker';
    const entries = [...values[facet].entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, raw]) => [value, deltas(raw, paired)] as const);
    const size = entries.reduce((sum, [value, list]) => sum + value.length + 4 + list.join(',').length, 0);
    const n = Math.max(1, Math.ceil(size / maxBytes));
    const shards = Array.from({ length: n }, (): FacetShard => ({
      v: INDEX_VERSION,
      facet,
      values: [],
      lists: [],
    }));
    for (const [value, list] of entries) {
      const shard = shards[facetShardOf(value, n)];
      (shard?.values as string[] | undefined)?.push(value);
      (shard?.lists as (readonly number[])[] | undefined)?.push(list);
    }
    manifestFiles[facet] = shards.map((shard, i) => {
      const file = `${dir}/facet-${facet}-${String(i)}.${hash(JSON.stringify(shard))}.json`;
      out.push([file, shard]);
      return file;
    });
  }

  const sources = [...values.source.entries()]
    .map(([name, list]): readonly [string, number] => [name, list.length])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_SOURCES);
  const dates = [...values.date.keys()].sort();
  const first = dates[0];
  const last = dates.at(-1);
  return {
    manifest: {
      ...manifestFiles,
      sources,
      dates: first !== undefined && last !== undefined ? [first, last] : null,
    },
    files: out,
  };
}

/** `[doc, doc, …]` or `[doc, k, doc, k, …]` (docs ascending) with each doc as Δ from the previous. */
function deltas(raw: readonly number[], paired: boolean): number[] {
  const step = paired ? 2 : 1;
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < raw.length; i += step) {
    const doc = raw[i] ?? 0;
    out.push(doc - last);
    if (paired) out.push(raw[i + 1] ?? 0);
    last = doc;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Query

/** Every facet shard the filters read. Browsing without a query also reads the dates, to sort by them. */
export function facetFilesFor(manifest: FilterManifest, filters: SearchFilters, browsing = false): string[] {
  const out: string[] = [];
  const one = (facet: Facet, value: string | null) => {
    const list = manifest[facet];
    const file = value === null ? undefined : list[facetShardOf(value, list.length)];
    if (file) out.push(file);
  };
  one('speaker', filters.speaker);
  // With a speaker, the kind is read from the speaker's own list.
  if (filters.speaker === null) one('kind', filters.kind);
  one('source', filters.source);
  if (filters.from !== null || filters.to !== null || browsing) out.push(...manifest.date);
  return out;
}

/**
 * The articles passing every filter, or null when there is none to pass. `shards` must hold what
 * `facetFilesFor` named.
 */
export function allowedDocs(
  manifest: FilterManifest,
  shards: ReadonlyMap<string, FacetShard>,
  filters: SearchFilters,
): Set<number> | null {
  let allowed: Set<number> | null = null;
  const narrow = (docs: Iterable<number>) => {
    const next = new Set<number>();
    for (const doc of docs) if (!allowed || allowed.has(doc)) next.add(doc);
    allowed = next;
  };
  const listOf = (facet: Facet, value: string): readonly number[] => {
    const files = manifest[facet];
    const shard = shards.get(files[facetShardOf(value, files.length)] ?? '');
    if (!shard) return [];
    const i = shard.values.indexOf(value);
    return i < 0 ? [] : (shard.lists[i] ?? []);
  };
  if (filters.speaker !== null) {
    const bit = filters.kind === null ? 7 : KIND_BIT[filters.kind];
    narrow(
      decodePairs(listOf('speaker', filters.speaker))
        .filter(([, k]) => k & bit)
        .map(([doc]) => doc),
    );
  } else if (filters.kind !== null) {
    narrow(decodeList(listOf('kind', filters.kind)));
  }
  if (filters.source !== null) narrow(decodeList(listOf('source', filters.source)));
  if (filters.from !== null || filters.to !== null) {
    const inRange: number[] = [];
    for (const [date, list] of dateLists(manifest, shards)) {
      // A month or year alone is in range when it overlaps it: `2020-07` is within 2020-07-02 … .
      const fromOk = filters.from === null || date >= filters.from.slice(0, date.length);
      const toOk = filters.to === null || date <= filters.to.slice(0, date.length);
      if (fromOk && toOk) inRange.push(...decodeList(list));
    }
    narrow(inRange);
  }
  return allowed;
}

/** Browsing with filters and no query: the allowed articles, newest first (undated last, library order). */
export function browse(
  manifest: FilterManifest,
  shards: ReadonlyMap<string, FacetShard>,
  allowed: ReadonlySet<number>,
): number[] {
  const dateOf = new Map<number, string>();
  for (const [date, list] of dateLists(manifest, shards))
    for (const doc of decodeList(list)) dateOf.set(doc, date);
  return [...allowed].sort((a, b) => {
    const da = dateOf.get(a) ?? '';
    const db = dateOf.get(b) ?? '';
    return da === db ? a - b : da < db ? 1 : -1;
  });
}

function* dateLists(manifest: FilterManifest, shards: ReadonlyMap<string, FacetShard>) {
  for (const file of manifest.date) {
    const shard = shards.get(file);
    if (shard) for (const [i, date] of shard.values.entries()) yield [date, shard.lists[i] ?? []] as const;
  }
}

function decodeList(list: readonly number[]): number[] {
  let doc = 0;
  return list.map((d) => (doc += d));
}

function decodePairs(list: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let doc = 0;
  for (let i = 0; i + 1 < list.length; i += 2) out.push([(doc += list[i] ?? 0), list[i + 1] ?? 0]);
  return out;
}
