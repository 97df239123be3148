// The search index as files, one schema per shape. Everything sits under `content/search/`:
//
//   manifest.json              read first: counts, and where every shard is and how big
//   terms[-<key>].<hash>.json  a slice of the term dictionary with its postings (see build-index.ts)
//   docs-<n>.<hash>.json       doc entries (title, date, speakers) for articles n·DOCS_PER_SHARD …
//   facet-<facet>-<n>.<hash>.json  which articles have each speaker, kind, source, date (filters.ts)
//
// Shard names carry a hash of their bytes, so a CDN can cache them forever; only the manifest, which is
// small, must be revalidated when the library changes.
//
// Postings, per term, one flat array of integers:
//   [doc Δ, n, occ₁ … occₙ,  doc Δ, n, occ₁ … occₙ, …]
// docs ascending, each as Δ from the previous doc (the first from 0); occurrences ascending by ordinal,
// each `ordinal Δ << FIELD_BITS | field code` (Δ from the previous ordinal in that doc, the first from 0).
// Small numbers, so the JSON stays short and compresses well.

import * as v from 'valibot';

import { OfflineInfoSchema } from '../offline';
import { defineSchema } from '../schema';

import { FilterManifestSchema } from './filter-format';

// 2: the manifest's `filters` (facet files) and `offline`.
export const INDEX_VERSION = 2;
export const MANIFEST_PATH = 'search/manifest.json';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmpty = () => v.pipe(v.string(), v.minLength(1));
const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.readonly());

const ShardRefSchema = v.strictObject({
  /** Every term starting with `key` is in this shard, unless a shard with a longer key takes it. */
  key: v.string(),
  file: nonEmpty(),
  terms: Count,
  bytes: Count,
});
export type ShardRef = v.InferOutput<typeof ShardRefSchema>;

const SearchManifestSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  articles: Count,
  docsPerShard: v.pipe(v.number(), v.integer(), v.minValue(1)),
  shards: list(ShardRefSchema),
  docShards: list(v.strictObject({ file: nonEmpty(), bytes: Count })),
  /** The most quoted speakers of the library, `[name, quotations]`, for empty and no-result states. */
  speakers: list(v.pipe(v.strictTuple([v.string(), Count]), v.readonly())),
  filters: FilterManifestSchema,
  /** What the build precached: whether search works offline (src/content/offline.ts). */
  offline: OfflineInfoSchema,
});
export const SearchManifest = defineSchema(SearchManifestSchema);
export type SearchManifest = v.InferOutput<typeof SearchManifestSchema>;

const TermShardSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  key: v.string(),
  /** Sorted by code unit, so prefixes are ranges. */
  terms: list(v.string()),
  postings: list(list(Count)),
});
export const TermShard = defineSchema(TermShardSchema, (s) =>
  s.terms.length === s.postings.length ? [] : [{ path: ['postings'], message: 'one postings list per term' }],
);
export type TermShard = v.InferOutput<typeof TermShardSchema>;

/** `[name, role, role, …]`. */
const DocSpeakerSchema = v.pipe(v.tupleWithRest([v.string(), v.string()], v.string()), v.readonly());

const DocShardSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  /** The number of its first article. */
  from: Count,
  docs: list(
    v.strictObject({
      id: nonEmpty(),
      title: v.string(),
      titleDerived: v.boolean(),
      date: v.nullable(v.string()),
      source: v.nullable(v.string()),
      speakers: list(DocSpeakerSchema),
    }),
  ),
});
export const DocShard = defineSchema(DocShardSchema);
export type DocShard = v.InferOutput<typeof DocShardSchema>;

const SAFE_KEY_CHAR = /^[a-z0-9]$/;

/** A file name for any key: `th` → `terms-th`, `''` → `terms`, `жу` → `terms-_436_443`. */
export function termShardName(key: string): string {
  const safe = [...key]
    .map((c) => (SAFE_KEY_CHAR.test(c) ? c : `_${(c.codePointAt(0) ?? 0).toString(16)}`))
    .join('');
  return safe ? `terms-${safe}` : 'terms';
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two versions of a shard apart. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
