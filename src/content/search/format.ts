// The search index as files, one schema per shape. Everything sits under `content/search/`:
//
//   manifest.json              read first: counts, and where every shard is and how big
//   terms[-<key>].<hash>.json  a slice of the term dictionary with its postings (see build-index.ts)
//   docs-<n>.<hash>.json       doc entries (title, date, speakers) for articles n·DOCS_PER_SHARD …
//
// Shard names carry a hash of their bytes, so a CDN can cache them forever; only the manifest, which is
// small, must be revalidated when the library changes.
//
// Postings, per term, one flat array of integers:
//   [doc Δ, n, occ₁ … occₙ,  doc Δ, n, occ₁ … occₙ, …]
// docs ascending, each as Δ from the previous doc (the first from 0); occurrences ascending by ordinal,
// each `ordinal Δ << FIELD_BITS | field code` (Δ from the previous ordinal in that doc, the first from 0).
// Small numbers, so the JSON stays short and compresses well.

import { z } from 'zod';

export const INDEX_VERSION = 1;
export const MANIFEST_PATH = 'search/manifest.json';

const Count = z.int().nonnegative();

export const ShardRef = z.strictObject({
  /** Every term starting with `key` is in this shard, unless a shard with a longer key takes it. */
  key: z.string(),
  file: z.string().min(1),
  terms: Count,
  bytes: Count,
});
export type ShardRef = z.infer<typeof ShardRef>;

export const SearchManifest = z.strictObject({
  v: z.literal(INDEX_VERSION),
  articles: Count,
  docsPerShard: z.int().positive(),
  shards: z.array(ShardRef).readonly(),
  docShards: z.array(z.strictObject({ file: z.string().min(1), bytes: Count })).readonly(),
  /** The most quoted speakers of the library, `[name, quotations]`, for empty and no-result states. */
  speakers: z.array(z.tuple([z.string(), Count]).readonly()).readonly(),
});
export type SearchManifest = z.infer<typeof SearchManifest>;

export const TermShard = z
  .strictObject({
    v: z.literal(INDEX_VERSION),
    key: z.string(),
    /** Sorted by code unit, so prefixes are ranges. */
    terms: z.array(z.string()).readonly(),
    postings: z.array(z.array(Count).readonly()).readonly(),
  })
  .refine((s) => s.terms.length === s.postings.length, 'one postings list per term');
export type TermShard = z.infer<typeof TermShard>;

const DocSpeakerSchema = z.tuple([z.string(), z.string()], z.string()).readonly();

export const DocShard = z.strictObject({
  v: z.literal(INDEX_VERSION),
  /** The number of its first article. */
  from: Count,
  docs: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        title: z.string(),
        date: z.string().nullable(),
        source: z.string().nullable(),
        speakers: z.array(DocSpeakerSchema).readonly(),
      }),
    )
    .readonly(),
});
export type DocShard = z.infer<typeof DocShard>;

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
