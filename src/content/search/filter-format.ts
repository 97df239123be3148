// The filters' part of the search manifest (filters.ts says what the facet files hold). Apart from
// filters.ts so that format.ts can take it in without importing back what it exports.

import * as v from 'valibot';

export const FACETS = ['speaker', 'kind', 'source', 'date'] as const;
export type Facet = (typeof FACETS)[number];

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const files = () => v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.readonly());

export const FilterManifestSchema = v.strictObject({
  /** Facet shard files; a value lives in shard `facetShardOf(value, files.length)`. */
  speaker: files(),
  kind: files(),
  source: files(),
  date: files(),
  /** `[source, articles]`, most articles first, for the source filter's options. */
  sources: v.pipe(v.array(v.pipe(v.strictTuple([v.string(), Count]), v.readonly())), v.readonly()),
  /** The earliest and latest ISO dates, for the date inputs' bounds; null when no article has one. */
  dates: v.nullable(v.pipe(v.strictTuple([v.string(), v.string()]), v.readonly())),
});
export type FilterManifest = v.InferOutput<typeof FilterManifestSchema>;
