// The search index as files, one schema per shape. Everything sits under `content/search/`:
//
//   manifest.json              read first: counts, and where every shard is and how big
//   terms[-<key>].<hash>.json  a slice of the term dictionary with its postings' heads (see build-index.ts)
//   tail-<term>-<n>.<hash>.json the rest of a frequent term's postings, a page at a time, best first
//   docs-<n>.<hash>.json       doc entries (title, date, speakers) for articles n·docsPerShard …; the
//                              hash is its group's (docGroups), so the manifest names 100 shards at once
//   facet-<facet>-<n>.<hash>.json  which articles have each speaker, kind, source, date (filters.ts)
//   text/<id>.json             an article's snippet text: its text, paragraphs, quotations and quoted
//                              speakers, what a snippet is cut from (gzip, 62 % of the seed's article
//                              file; about 80 % on the benchmark's generated news, whose text compresses
//                              less and whose analysis is smaller)
//
// Shard names carry a hash of their bytes, so a CDN can cache them forever; only the manifest, which is
// small, must be revalidated when the library changes. Text files are named by article, as article files
// are, and like them must be revalidated.
//
// Postings, per term, one flat array of integers:
//   [doc Δ, n, occ₁ … occₙ,  doc Δ, n, occ₁ … occₙ, …]
// docs ascending, each as Δ from the previous doc (the first from 0); occurrences ascending by ordinal,
// each `ordinal Δ << FIELD_BITS | field code` (Δ from the previous ordinal in that doc, the first from 0).
// Small numbers, so the JSON stays short and compresses well.
//
// Heads and tails: a term's postings in its shard hold only its best articles (by how much the word
// weighs in them, which is how a one-word query ranks them), at least a results page's worth and about
// HEAD_BYTES; the others follow in tail pages, best first, each page in the encoding above. So a word
// found in every article costs a query a few kilobytes, not a megabyte, and a query needs a tail only to
// page further or to be exact about which articles have every word (query.ts, tailsFor).

import * as v from 'valibot';

import { OfflineInfoSchema } from '../offline';
import { defineSchema, QuoteKindSchema } from '../schema';

import { FilterManifestSchema } from './filter-format';

// 2: the manifest's `filters` (facet files) and `offline`; frequent words' postings split into a head and
// tail pages.
// 3: small doc shards named by group (`docGroups`), not listed one by one: a result costs a ~1 KB file,
// and the manifest of 100,000 articles stays small.
// 4: a snippet text file per article (`text/<id>.json`), which the app fetches for snippets instead of the
// whole article when the library is not precached: a v3 build has none, so a v4 app must not read one.
export const INDEX_VERSION = 4;
export const MANIFEST_PATH = 'search/manifest.json';

const HASH = /^[0-9a-f]{8}$/;
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmpty = () => v.pipe(v.string(), v.minLength(1));
const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.readonly());
const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;
/**
 * A postings list: whole numbers ≥ 0, checked in one loop. A shard holds tens of thousands of them, and a
 * schema per number (`list(Count)`) took 20–150 ms to validate a 128 KB shard cold, in Node on a busy machine.
 */
const Postings = v.pipe(
  v.array(v.number()),
  v.check((list) => list.every(isCount), 'postings are whole numbers ≥ 0'),
  v.readonly(),
);

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
  /** Doc shards per group: all of a group's shards carry its hash in their names (`docShardFile`). */
  docShardsPerGroup: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** One hash per group of doc shards, in order. */
  docGroups: list(v.pipe(v.string(), v.regex(HASH))),
  /** The most quoted speakers of the library, `[name, quotations]`, for empty and no-result states. */
  speakers: list(v.pipe(v.strictTuple([v.string(), Count]), v.readonly())),
  filters: FilterManifestSchema,
  /** What the build precached: whether search works offline (src/content/offline.ts). */
  offline: OfflineInfoSchema,
});
export const SearchManifest = defineSchema(SearchManifestSchema);
export type SearchManifest = v.InferOutput<typeof SearchManifestSchema>;

/** `[file, articles]`: one tail page of a term's postings. */
const TailRefSchema = v.pipe(v.strictTuple([nonEmpty(), Count]), v.readonly());
export type TailRef = v.InferOutput<typeof TailRefSchema>;

const TermListSchema = v.strictObject({
  /** Sorted by code unit, so prefixes are ranges. */
  terms: list(v.string()),
  /** How many articles have the term, whether or not all are in its postings here. */
  df: list(Count),
  postings: list(Postings),
});

const TermShardSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  key: v.string(),
  ...TermListSchema.entries,
  /** `[position in terms, its tail pages best first]`, by position; only terms with more postings. */
  tails: list(v.pipe(v.strictTuple([Count, list(TailRefSchema)]), v.readonly())),
  /**
   * The most frequent terms starting with `key` that live in longer-keyed shards, each with its very best
   * postings: so a word being typed ("t") finds its likely completions ("the", "that") in one shard.
   */
  more: TermListSchema,
});
const parallel = (s: v.InferOutput<typeof TermListSchema>, path: string[]) =>
  s.terms.length === s.postings.length && s.terms.length === s.df.length
    ? []
    : [{ path, message: 'one df and one postings list per term' }];
export const TermShard = defineSchema(TermShardSchema, (s) => [
  ...parallel(s, ['postings']),
  ...parallel(s.more, ['more', 'postings']),
]);
export type TermShard = v.InferOutput<typeof TermShardSchema>;

const TailPageSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  term: v.string(),
  postings: Postings,
});
export const TailPage = defineSchema(TailPageSchema);
export type TailPage = v.InferOutput<typeof TailPageSchema>;

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

/** `[start, end)` into the text. */
const RangeSchema = v.pipe(v.strictTuple([Count, Count]), v.readonly());
/** `[id, kind, content start, content end, speaker id]`: what a snippet shows of a quotation. */
const TextQuoteSchema = v.pipe(
  v.strictTuple([nonEmpty(), QuoteKindSchema, Count, Count, v.nullable(nonEmpty())]),
  v.readonly(),
);
/** `[id, name]`. */
const TextSpeakerSchema = v.pipe(v.strictTuple([nonEmpty(), v.string()]), v.readonly());

/**
 * What a snippet is cut from (present.ts, ArticleText), and nothing more: an article file also carries
 * every quotation's cue, mention, confidence and nesting and every speaker's mentions, which a snippet
 * never shows. Tuples, not objects: keys repeated for every quotation are bytes on every result fetched.
 */
const SnippetTextSchema = v.strictObject({
  v: v.literal(INDEX_VERSION),
  id: nonEmpty(),
  text: v.string(),
  paragraphs: list(RangeSchema),
  quotes: list(TextQuoteSchema),
  /** Only speakers a quotation names. */
  speakers: list(TextSpeakerSchema),
});
export const SnippetText = defineSchema(SnippetTextSchema, (file) => {
  const fits = ([start, end]: readonly [number, number]) => start <= end && end <= file.text.length;
  const speakers = new Set(file.speakers.map(([id]) => id));
  return [
    ...file.paragraphs.flatMap((p, i) =>
      fits(p) ? [] : [{ path: ['paragraphs', i], message: 'a range outside the text' }],
    ),
    ...file.quotes.flatMap(([, , start, end, speaker], i) =>
      !fits([start, end])
        ? [{ path: ['quotes', i], message: 'a range outside the text' }]
        : speaker !== null && !speakers.has(speaker)
          ? [{ path: ['quotes', i], message: `speaker ${speaker} is not listed` }]
          : [],
    ),
  ];
});
export type SnippetText = v.InferOutput<typeof SnippetTextSchema>;

const SAFE_KEY_CHAR = /^[a-z0-9]$/;

/** A file name for any key: `th` → `terms-th`, `''` → `terms`, `жу` → `terms-_436_443`. */
export function termShardName(key: string): string {
  const safe = [...key]
    .map((c) => (SAFE_KEY_CHAR.test(c) ? c : `_${(c.codePointAt(0) ?? 0).toString(16)}`))
    .join('');
  return safe ? `terms-${safe}` : 'terms';
}

/**
 * The doc shard holding article number `doc`. Why groups: a shard per ten articles keeps each result's
 * download to about a kilobyte, and naming them by a group's hash keeps the manifest to one hash per
 * thousand articles while every name still changes with its content.
 */
export function docShardFile(
  manifest: Pick<SearchManifest, 'docsPerShard' | 'docShardsPerGroup' | 'docGroups'>,
  doc: number,
): string | undefined {
  const shard = Math.floor(doc / manifest.docsPerShard);
  const group = manifest.docGroups[Math.floor(shard / manifest.docShardsPerGroup)];
  return group === undefined ? undefined : docShardName(shard, group);
}

/** Every doc shard file of the index, in order. */
export const docShardFiles = (manifest: SearchManifest): string[] =>
  Array.from({ length: Math.ceil(manifest.articles / manifest.docsPerShard) }, (_, i) =>
    docShardName(i, manifest.docGroups[Math.floor(i / manifest.docShardsPerGroup)] ?? ''),
  );

export const docShardName = (shard: number, groupHash: string): string =>
  `search/docs-${String(shard)}.${groupHash}.json`;

/** Where each article's snippet text sits (offline.ts writes it out, as format.ts imports it). */
export const SNIPPET_TEXT_DIR = 'search/text/';

/** `seed` → `search/text/seed.json`. */
export const snippetTextPath = (id: string): string => `${SNIPPET_TEXT_DIR}${id}.json`;

/** `the`, page 3 → `tail-the-3`: a term's tail page, before its hash. */
export const tailPageName = (term: string, page: number): string =>
  `tail${termShardName(term).slice('terms'.length)}-${String(page)}`;

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two versions of a shard apart. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
