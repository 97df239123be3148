// Loading the search index and running queries, through the query cache: the manifest, each shard and
// each article are fetched once and shared by the header field and the results page. The search code
// itself arrives with the first of these (`import()`), never in the first bundle.

import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import type { Hit } from '@/content/search/present';
import { articleQueryOptions } from '@/lib/api/article';
import { fetchJson } from '@/lib/api/fetch-json';

export const loadEngine = () => import('@/content/search/engine');

const WHAT = 'the search index';

export const searchManifestQueryOptions = () =>
  queryOptions({
    queryKey: ['search', 'manifest'],
    queryFn: async ({ signal }) => {
      const { MANIFEST_PATH, SearchManifest } = await loadEngine();
      return fetchJson(MANIFEST_PATH, SearchManifest, WHAT, signal);
    },
  });

export const termShardQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search', 'terms', file],
    queryFn: async ({ signal }) => fetchJson(file, (await loadEngine()).TermShard, WHAT, signal),
  });

export const tailPageQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search', 'tail', file],
    queryFn: async ({ signal }) => fetchJson(file, (await loadEngine()).TailPage, WHAT, signal),
  });

export const docShardQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search', 'docs', file],
    queryFn: async ({ signal }) => fetchJson(file, (await loadEngine()).DocShard, WHAT, signal),
  });

export interface SearchResult {
  readonly id: string;
  readonly title: string;
  readonly titleDerived: boolean;
  readonly date: string | null;
  readonly source: string | null;
  readonly hits: readonly Hit[];
}

export interface SearchOutcome {
  /** Articles matching, of which `results` are the first. */
  readonly total: number;
  readonly results: readonly SearchResult[];
  /** "Did you mean": the query with unknown words respelled, when nothing matched. */
  readonly suggestion: string | null;
}

export const searchQueryOptions = (q: string, limit: number, hitsPerResult: number) =>
  queryOptions({
    queryKey: ['search', 'results', q, limit, hitsPerResult],
    queryFn: ({ client }) => runSearch(client, q, limit, hitsPerResult),
  });

/** Results for `q` as the user types: the previous results stay up while the next ones load. */
export const useSearch = (q: string, limit: number, hitsPerResult: number) =>
  useQuery({
    ...searchQueryOptions(q, limit, hitsPerResult),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });

async function runSearch(client: QueryClient, q: string, limit: number, hitsPerResult: number) {
  const engine = await loadEngine();
  const manifest = await client.ensureQueryData(searchManifestQueryOptions());
  const query = engine.parseQuery(q);
  const files = engine.shardsFor(manifest, query);
  const shards = await Promise.all(files.map((f) => client.ensureQueryData(termShardQueryOptions(f))));
  const loaded = { manifest, shards: new Map(files.map((f, i) => [f, shards[i] ?? never(f)])) };
  // A frequent word's shard has only its best articles: the rest, when this query needs them (query.ts).
  const tailFiles = engine.tailsFor(loaded, query, { limit });
  const tails = await Promise.all(tailFiles.map((f) => client.ensureQueryData(tailPageQueryOptions(f))));
  const index = { ...loaded, tails: new Map(tailFiles.map((f, i) => [f, tails[i] ?? never(f)])) };
  const ranked = engine.search(index, query);
  const results = await Promise.all(
    ranked.slice(0, limit).map(async ({ doc, matches }): Promise<SearchResult> => {
      const ref = manifest.docShards[Math.floor(doc / manifest.docsPerShard)] ?? never(`doc ${String(doc)}`);
      const docs = await client.ensureQueryData(docShardQueryOptions(ref.file));
      const entry = docs.docs[doc - docs.from] ?? never(`doc ${String(doc)}`);
      // Snippets are cut from the article, which opening the result then finds in the cache. Without it
      // (a failed fetch) the result still shows its title and any title or speaker hit.
      const article = await client.ensureQueryData(articleQueryOptions(entry.id)).catch(() => null);
      const { id, title, titleDerived, date, source } = entry;
      return {
        id,
        title,
        titleDerived,
        date,
        source,
        hits: engine.presentHits(entry, article, matches, hitsPerResult),
      };
    }),
  );
  const suggestion = ranked.length === 0 ? engine.didYouMean(index, query) : null;
  return { total: engine.matchCount(index, query, ranked), results, suggestion } satisfies SearchOutcome;
}

function never(what: string): never {
  throw new Error(`The search index is inconsistent: ${what} is missing.`);
}
