// The search index from the built articles, as files for the content build to emit (format.ts says what
// each file holds). Pure, so tests and the benchmark build it exactly as the app's build does.
//   1. docs      one doc entry per article, in catalog order; its position is its doc number
//   2. postings  every word of every article, grouped by term
//   3. shards    the sorted dictionary cut into shards by term prefix, only as far as size requires
//   4. manifest  shard keys, files and sizes, and the library's most quoted speakers
//
// Why split by prefix, and only as needed: a query needs the shards of its terms and nothing else, so a
// 100,000-article library costs a reader a few shards per query, while a small one is a single file. A
// shard over `maxShardBytes` hands its biggest sub-prefixes (`th` → `the`, `thi`, …) to shards of their
// own until it fits; a term then lives in the shard with the longest key that prefixes it.
//
// Snippet text is not in the index: postings hold word ordinals, and the snippet is cut from the article
// file, which the results fetch anyway (and which opening the result then finds in the cache).

import type { Article } from '../schema';

import { DEFAULT_OFFLINE_LIMIT, offlineInfo } from '../offline';

import { docEntry, FIELD_BITS, FIELD_CODE, occurrences, type DocEntry } from './document';
import {
  hash,
  INDEX_VERSION,
  termShardName,
  type DocShard,
  type SearchManifest,
  type TermShard,
} from './format';
import { buildFilters } from './filters';

export const SEARCH_DIR = 'search';
/** About 40 KB gzip: one round trip on a slow phone. */
export const MAX_SHARD_BYTES = 128 * 1024;
export const DOCS_PER_SHARD = 500;
const TOP_SPEAKERS = 12;

export interface IndexOptions {
  readonly maxShardBytes?: number;
  readonly docsPerShard?: number;
  /** Above this many articles the index is not precached (src/content/offline.ts). */
  readonly offlineLimit?: number;
}

export interface BuiltIndex {
  readonly manifest: SearchManifest;
  /** `[path under content/, value]`, the manifest included. */
  readonly files: readonly (readonly [string, unknown])[];
}

export function buildSearchIndex(articles: readonly Article[], options: IndexOptions = {}): BuiltIndex {
  const maxShardBytes = options.maxShardBytes ?? MAX_SHARD_BYTES;
  const docsPerShard = options.docsPerShard ?? DOCS_PER_SHARD;
  const files: [string, unknown][] = [];

  // 1. docs
  const docs = articles.map((a) => docEntry(a));
  const docShards: SearchManifest['docShards'][number][] = [];
  for (let from = 0; from < docs.length; from += docsPerShard) {
    const shard: DocShard = { v: INDEX_VERSION, from, docs: docs.slice(from, from + docsPerShard) };
    const text = JSON.stringify(shard);
    const file = `${SEARCH_DIR}/docs-${String(from / docsPerShard)}.${hash(text)}.json`;
    files.push([file, shard]);
    docShards.push({ file, bytes: byteLength(text) });
  }

  // 2. postings
  const postings = collectPostings(articles, docs);

  // 3. shards
  const sorted = [...postings.keys()].sort().map((term): Entry => {
    const list = postings.get(term)?.list ?? [];
    // An estimate (UTF-16 length for bytes, digits by log10) is enough to decide where to split.
    return { term, list, cost: term.length + list.reduce((sum, n) => sum + digits(n) + 1, 0) + 6 };
  });
  const shards: SearchManifest['shards'][number][] = [];
  for (const { key, entries } of split(sorted, '', maxShardBytes)) {
    const shard: TermShard = {
      v: INDEX_VERSION,
      key,
      terms: entries.map((e) => e.term),
      postings: entries.map((e) => e.list),
    };
    const text = JSON.stringify(shard);
    const file = `${SEARCH_DIR}/${termShardName(key)}.${hash(text)}.json`;
    files.push([file, shard]);
    shards.push({ key, file, terms: entries.length, bytes: byteLength(text) });
  }

  // 3b. filters (filters.ts)
  const filters = buildFilters(articles, SEARCH_DIR);
  for (const [file, shard] of filters.files) files.push([file, shard]);

  // 4. manifest
  const manifest: SearchManifest = {
    v: INDEX_VERSION,
    articles: articles.length,
    docsPerShard,
    shards,
    docShards,
    speakers: mostQuoted(articles),
    filters: filters.manifest,
    offline: offlineInfo(articles.length, options.offlineLimit ?? DEFAULT_OFFLINE_LIMIT),
  };
  return { manifest, files: [[`${SEARCH_DIR}/manifest.json`, manifest], ...files] };
}

interface Postings {
  readonly list: number[];
  lastDoc: number;
}

function collectPostings(articles: readonly Article[], docs: readonly DocEntry[]): Map<string, Postings> {
  const postings = new Map<string, Postings>();
  articles.forEach((article, doc) => {
    const byTerm = new Map<string, { occs: number[]; last: number }>();
    for (const { term, ordinal, field } of occurrences(article, docs[doc])) {
      let entry = byTerm.get(term);
      if (!entry) byTerm.set(term, (entry = { occs: [], last: 0 }));
      entry.occs.push(((ordinal - entry.last) << FIELD_BITS) | FIELD_CODE[field]);
      entry.last = ordinal;
    }
    for (const [term, { occs }] of byTerm) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = { list: [], lastDoc: 0 }));
      p.list.push(doc - p.lastDoc, occs.length);
      for (const occ of occs) p.list.push(occ);
      p.lastDoc = doc;
    }
  });
  return postings;
}

interface Entry {
  readonly term: string;
  readonly list: readonly number[];
  /** About what the entry adds to its shard's JSON. */
  readonly cost: number;
}

const total = (entries: readonly Entry[]): number => entries.reduce((sum, e) => sum + e.cost, 0);

/** The shards for `entries`, which all start with `key`: one if they fit, else the biggest sub-prefixes apart. */
function split(
  entries: readonly Entry[],
  key: string,
  maxBytes: number,
): { key: string; entries: Entry[] }[] {
  if (total(entries) <= maxBytes) return [{ key, entries: [...entries] }];
  const depth = [...key].length;
  const own: Entry[] = [];
  const children = new Map<string, Entry[]>();
  for (const e of entries) {
    const next = [...e.term][depth];
    if (next === undefined) own.push(e);
    else {
      const group = children.get(key + next);
      if (group) group.push(e);
      else children.set(key + next, [e]);
    }
  }
  // Hand off the biggest children first, keeping small ones here while this shard still fits.
  const bySize = [...children.entries()]
    .map(([childKey, group]) => ({ childKey, group, size: total(group) }))
    .sort((a, b) => b.size - a.size);
  let size = total(entries);
  const out: { key: string; entries: Entry[] }[] = [];
  for (const { childKey, group, size: groupSize } of bySize) {
    if (size <= maxBytes) {
      for (const e of group) own.push(e);
      continue;
    }
    size -= groupSize;
    out.push(...split(group, childKey, maxBytes));
  }
  own.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return own.length > 0 ? [{ key, entries: own }, ...out] : out;
}

function mostQuoted(articles: readonly Article[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const names = new Map(article.speakers.map((s) => [s.id, s.name]));
    for (const q of article.quotes) {
      const name = q.speakerId === null ? undefined : names.get(q.speakerId);
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_SPEAKERS);
}

const digits = (n: number): number => (n < 10 ? 1 : Math.floor(Math.log10(n)) + 1);

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).length + 1;
