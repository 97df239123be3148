// The search index from the built articles, as files for the content build to emit (format.ts says what
// each file holds). Pure, so tests and the benchmark build it exactly as the app's build does.
//   1. docs      one doc entry per article, in catalog order; its position is its doc number
//   2. postings  every word of every article, grouped by term
//   3. tiers     a frequent term's postings cut into a head (its best articles) and tail pages (format.ts)
//   4. shards    the sorted dictionary cut into shards by term prefix, only as far as size requires, each
//                with the most frequent completions of its key from the shards below it
//   5. manifest  shard keys, files and sizes, and the library's most quoted speakers
//
// Why split by prefix, and only as needed: a query needs the shards of its terms and nothing else, so a
// 100,000-article library costs a reader a few shards per query, while a small one is a single file. A
// shard over `maxShardBytes` hands its biggest sub-prefixes (`th` → `the`, `thi`, …) to shards of their
// own until it fits; a term then lives in the shard with the longest key that prefixes it.
//
// Snippet text is not in the index: postings hold word ordinals, and the snippet is cut from the
// article's text, fetched only for a result whose shown hit is in the body: its snippet text file
// (snippet-text.ts, written beside the index by the content build) or its article file (search.ts says
// which).

import type { Article } from '../schema';

import { DEFAULT_OFFLINE_LIMIT, offlineInfo } from '../offline';

import { docEntry, FIELD_BITS, FIELD_CODE, FIELDS, occurrences, type DocEntry } from './document';
import {
  docShardName,
  hash,
  INDEX_VERSION,
  tailPageName,
  termShardName,
  type DocShard,
  type SearchManifest,
  type TailPage,
  type TailRef,
  type TermShard,
} from './format';
import { buildFilters } from './filters';
import { BOOST } from './query';

export const SEARCH_DIR = 'search';
/** About 40 KB gzip: one round trip on a slow phone. */
export const MAX_SHARD_BYTES = 128 * 1024;
/** Doc shards named by one hash (format.ts, docShardFile): one hash per group in the manifest. */
export const DOC_SHARDS_PER_GROUP = 100;
/** A doc shard of the largest libraries: about 1.5 KB (0.6 KB gzip), six results cost at most six. */
export const MIN_DOCS_PER_SHARD = 10;
export const MAX_DOCS_PER_SHARD = 100;
/** Docs per shard × articles (see docsPerShardFor). */
const DOC_SHARD_SCALE = 1_000_000;

/**
 * Articles per doc shard: large for a small library, small for a large one. A keystroke whose suggestions
 * include an article whose doc shard is not loaded waits for a download before it can paint; every such
 * shard also costs bytes. In a small library a typing session ends up loading nearly every shard anyway
 * (at 10,000 articles, the 200 benchmark queries fetched 980 of 1,000 shards of 10), so big shards cost no
 * more in total and spare most keystrokes the wait (shards of 100: 46 keystrokes of 1,935 waited instead
 * of 446, and 755 KB gzip came instead of 1,151). In a large library a session reads a small part of the
 * table, and each result must cost little (at 100,000 articles a query may add 300 KB): shards shrink
 * toward 10 as the library grows, 100 up to 10,000 articles, 20 at 50,000, 10 from 100,000.
 */
export const docsPerShardFor = (articles: number): number =>
  Math.min(
    MAX_DOCS_PER_SHARD,
    Math.max(MIN_DOCS_PER_SHARD, Math.round(DOC_SHARD_SCALE / Math.max(1, articles))),
  );
/** About what a term's head may take of its shard (the head is never cut below MIN_HEAD_DOCS). */
export const HEAD_BYTES = 4 * 1024;
/** A results page (20) and the suggestions (6): a one-word query's first screen needs no tail. */
export const MIN_HEAD_DOCS = 26;
export const TAIL_PAGE_BYTES = 64 * 1024;
/** Completions a shard carries from the shards below it, and how many postings each. */
export const MORE_TERMS = 16;
export const MORE_DOCS = 6;
const TOP_SPEAKERS = 12;

export interface IndexOptions {
  readonly maxShardBytes?: number;
  readonly docsPerShard?: number;
  readonly docShardsPerGroup?: number;
  readonly headBytes?: number;
  readonly minHeadDocs?: number;
  readonly tailPageBytes?: number;
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
  const docsPerShard = options.docsPerShard ?? docsPerShardFor(articles.length);
  const docShardsPerGroup = options.docShardsPerGroup ?? DOC_SHARDS_PER_GROUP;
  const files: [string, unknown][] = [];

  // 1. docs
  const docs = articles.map((a) => docEntry(a));
  const docGroups: string[] = [];
  const groupDocs = docsPerShard * docShardsPerGroup;
  for (let start = 0; start < docs.length; start += groupDocs) {
    const shards: DocShard[] = [];
    for (let from = start; from < Math.min(docs.length, start + groupDocs); from += docsPerShard)
      shards.push({ v: INDEX_VERSION, from, docs: docs.slice(from, from + docsPerShard) });
    const groupHash = hash(shards.map((shard) => JSON.stringify(shard)).join('\n'));
    docGroups.push(groupHash);
    for (const shard of shards) files.push([docShardName(shard.from / docsPerShard, groupHash), shard]);
  }

  // 2. postings
  const postings = collectPostings(articles, docs);

  // 3. tiers
  const tiers: Tiered = {
    headBytes: options.headBytes ?? HEAD_BYTES,
    minHeadDocs: options.minHeadDocs ?? MIN_HEAD_DOCS,
    tailPageBytes: options.tailPageBytes ?? TAIL_PAGE_BYTES,
  };
  const sorted = [...postings.keys()].sort().map((term): Entry => {
    const { head, pages, df } = tier(postings.get(term)?.list ?? [], tiers);
    const tails = pages.map((page, n): TailRef => {
      const value: TailPage = { v: INDEX_VERSION, term, postings: page.list };
      const text = JSON.stringify(value);
      const file = `${SEARCH_DIR}/${tailPageName(term, n)}.${hash(text)}.json`;
      files.push([file, value]);
      return [file, page.docs];
    });
    // An estimate (UTF-16 length for bytes, digits by log10) is enough to decide where to split.
    const cost = term.length + listCost(head) + 8 + tails.reduce((sum, [f]) => sum + f.length + 10, 0);
    return { term, list: head, df, tails, cost };
  });
  postings.clear();

  // 4. shards
  const cuts = split(sorted, '', maxShardBytes);
  const leaders = cuts.map((c) => ({ key: c.key, entries: mostFrequent(c.entries) }));
  const shards: SearchManifest['shards'][number][] = [];
  for (const { key, entries } of cuts) {
    const more = completions(leaders, key, maxShardBytes / 4);
    const tails: [number, readonly TailRef[]][] = [];
    entries.forEach((e, i) => {
      if (e.tails.length > 0) tails.push([i, e.tails]);
    });
    const shard: TermShard = {
      v: INDEX_VERSION,
      key,
      terms: entries.map((e) => e.term),
      df: entries.map((e) => e.df),
      postings: entries.map((e) => e.list),
      tails,
      more: {
        terms: more.map((e) => e.term),
        df: more.map((e) => e.df),
        postings: more.map((e) => e.list),
      },
    };
    const text = JSON.stringify(shard);
    const file = `${SEARCH_DIR}/${termShardName(key)}.${hash(text)}.json`;
    files.push([file, shard]);
    shards.push({ key, file, terms: entries.length, bytes: byteLength(text) });
  }

  // 3b. filters (filters.ts)
  const filters = buildFilters(articles, SEARCH_DIR);
  for (const [file, shard] of filters.files) files.push([file, shard]);

  // 5. manifest
  const manifest: SearchManifest = {
    v: INDEX_VERSION,
    articles: articles.length,
    docsPerShard,
    shards,
    docShardsPerGroup,
    docGroups,
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
  /** The head. */
  readonly list: readonly number[];
  readonly df: number;
  readonly tails: readonly TailRef[];
  /** About what the entry adds to its shard's JSON. */
  readonly cost: number;
}

interface Tiered {
  readonly headBytes: number;
  readonly minHeadDocs: number;
  readonly tailPageBytes: number;
}

/** One article's run in a postings list: `list[start … end)` is `n, occ₁ … occₙ`. */
interface Run {
  readonly doc: number;
  readonly start: number;
  readonly end: number;
  /** The field-weighted count a one-word query ranks by. */
  readonly weight: number;
  readonly cost: number;
}

function runs(list: readonly number[]): Run[] {
  const out: Run[] = [];
  let doc = 0;
  let i = 0;
  while (i < list.length) {
    doc += list[i] ?? 0;
    const start = i + 1;
    const end = start + 1 + (list[start] ?? 0);
    let weight = 0;
    let cost = digits(doc) + 1;
    for (let k = start; k < end; k++) {
      const n = list[k] ?? 0;
      if (k > start) weight += BOOST[FIELDS[n & FIELD_MASK] ?? 'text'];
      cost += digits(n) + 1;
    }
    out.push({ doc, start, end, weight, cost });
    i = end;
  }
  return out;
}

/** How many articles a postings list holds: each run is `doc Δ, n` and n occurrences. */
function docCount(list: readonly number[]): number {
  let docs = 0;
  for (let i = 0; i < list.length; i += 2 + (list[i + 1] ?? 0)) docs++;
  return docs;
}

/** Runs back into a postings list, by doc (Δ-coded again). */
function encode(list: readonly number[], picked: readonly Run[]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const r of [...picked].sort((a, b) => a.doc - b.doc)) {
    out.push(r.doc - last);
    for (let k = r.start; k < r.end; k++) out.push(list[k] ?? 0);
    last = r.doc;
  }
  return out;
}

const byWeight = (a: Run, b: Run): number => b.weight - a.weight || a.doc - b.doc;

/** The head and the tail pages of a postings list (format.ts). */
function tier(list: readonly number[], t: Tiered) {
  // Most terms are rare: counting their articles needs no runs.
  if (listCost(list) <= t.headBytes) return { head: list, pages: [], df: docCount(list) };
  const all = runs(list).sort(byWeight);
  let at = 0;
  let size = 0;
  while (at < all.length && (at < t.minHeadDocs || size + (all[at]?.cost ?? 0) <= t.headBytes)) {
    size += all[at]?.cost ?? 0;
    at++;
  }
  const head = encode(list, all.slice(0, at));
  const pages: { list: number[]; docs: number }[] = [];
  while (at < all.length) {
    const from = at;
    size = 0;
    while (at < all.length && (at === from || size + (all[at]?.cost ?? 0) <= t.tailPageBytes)) {
      size += all[at]?.cost ?? 0;
      at++;
    }
    pages.push({ list: encode(list, all.slice(from, at)), docs: at - from });
  }
  return { head, pages, df: all.length };
}

/** The `max` best articles of a postings list. */
function best(list: readonly number[], max: number): number[] {
  const all = runs(list);
  return all.length <= max ? [...list] : encode(list, all.sort(byWeight).slice(0, max));
}

/** Most frequent first; the term decides a tie (terms are unique, so the order is total). */
const byFrequency = (a: Entry, b: Entry): number => b.df - a.df || (a.term < b.term ? -1 : 1);

/**
 * A shard's MORE_TERMS most frequent entries: completions never take more, so the most frequent terms of
 * the shards below a key are among theirs. Sorting all the entries below every key instead (below the
 * root key, the whole dictionary) took 0.18 s of the shard step's 0.47 s at 2,000 articles, growing faster.
 */
const mostFrequent = (entries: readonly Entry[]): Entry[] =>
  [...entries].sort(byFrequency).slice(0, MORE_TERMS);

/**
 * The most frequent terms starting with `key` in the shards below it, their best postings in `budget`.
 * `leaders` are the shards' most frequent entries (mostFrequent).
 */
function completions(
  leaders: readonly { key: string; entries: readonly Entry[] }[],
  key: string,
  budget: number,
): { term: string; df: number; list: number[] }[] {
  const below = leaders.filter((c) => c.key.length > key.length && c.key.startsWith(key));
  const out: { term: string; df: number; list: number[] }[] = [];
  let size = 0;
  for (const e of below.flatMap((c) => c.entries).sort(byFrequency)) {
    if (out.length >= MORE_TERMS) break;
    const list = best(e.list, MORE_DOCS);
    size += e.term.length + listCost(list) + 8;
    if (size > budget) break;
    out.push({ term: e.term, df: e.df, list });
  }
  return out.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
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

const FIELD_MASK = (1 << FIELD_BITS) - 1;
const listCost = (list: readonly number[]): number => list.reduce((sum, n) => sum + digits(n) + 1, 0);
const digits = (n: number): number => (n < 10 ? 1 : Math.floor(Math.log10(n)) + 1);

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).length + 1;
