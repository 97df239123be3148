// Loading the search index and running queries, through the query cache: the manifest, each shard and
// each snippet's text are fetched once and shared by the header field and the results page. The search
// code itself arrives with the first of these (`import()`), never in the first bundle.

import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import type { OfflineInfo } from '@/content/offline';
import type * as EngineModule from '@/content/search/engine';
import type { Match, ParsedQuery } from '@/content/search/query';
import type { ArticleText, FoundArticle, Hit } from '@/content/search/present';
import { articleQueryOptions } from '@/lib/api/article';
import { ContentLoadError, fetchJson } from '@/lib/api/fetch-json';
import { SEARCH_RESULTS_KEY } from '@/lib/api/local-articles';
import { searchLocal } from '@/lib/api/local-search';
import { CORRECTIONS_KEY } from '@/lib/corrections-key';
import type { SearchFilters } from '@/lib/router';
import { readStored } from '@/lib/storage';

import { FILTER_KEYS, hasFilters, withoutFilter, type FilterKey } from '../lib/filters';

type Engine = typeof EngineModule;
let engine: Promise<Engine> | undefined;
/**
 * The search code, fetched once. Every shard's query asks for it: the same promise each time, not a new
 * `import()`, which the build wraps in a helper that looks for a `<meta>` in the whole page on every call
 * (under a library of ten thousand cards, milliseconds a call, many calls a keystroke).
 */
export const loadEngine = (): Promise<Engine> =>
  (engine ??= import('@/content/search/engine').catch((e: unknown) => {
    engine = undefined;
    throw e;
  }));

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

export const facetShardQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search', 'facets', file],
    queryFn: async ({ signal }) => fetchJson(file, (await loadEngine()).FacetShard, WHAT, signal),
  });

/** An article's snippet text (format.ts, SnippetText): what a snippet is cut from, without the analysis. */
export const snippetTextQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['search', 'text', id],
    queryFn: async ({ signal }): Promise<ArticleText> => {
      const { SnippetText, fromSnippetText, snippetTextPath } = await loadEngine();
      const file = await fetchJson(snippetTextPath(id), SnippetText, WHAT, signal);
      // A file renamed by hand would otherwise cut another article's words under this title.
      if (file.id !== id) {
        const detail = `${snippetTextPath(id)} holds ${file.id}`;
        throw new ContentLoadError('The search index is damaged and cannot be shown.', detail, false);
      }
      return fromSnippetText(file);
    },
  });

/**
 * Where a result's snippet is cut from: the snippet text file (gzip, 62 % of the seed's article file),
 * unless the whole article is as cheap or is what the snippet must show. It is when it is already in the
 * cache; when the reader has corrections (a snippet shows quotation kinds and speakers, which they
 * change); and when the whole library is precached (offline.ts), where the article is stored and the text
 * file is not.
 */
export const snippetSourceQueryOptions = (client: QueryClient, offline: OfflineInfo, id: string) =>
  offline.search || hasCorrections() || client.getQueryData(articleQueryOptions(id).queryKey)
    ? articleTextQueryOptions(id)
    : snippetTextQueryOptions(id);
export type SnippetSource = ReturnType<typeof snippetSourceQueryOptions>;

/**
 * hasStoredCorrections (lib/corrections-key.ts), written out: importing it here would add an export to the
 * first bundle, which is at its 100 KB budget to the byte (test/budget), while these two are exported
 * already.
 */
const hasCorrections = (): boolean => readStored(CORRECTIONS_KEY) !== null;

/**
 * The reader's article query (its key and function, so its cache and its corrections' refresh), typed as
 * the text a snippet reads: one type for either source of a snippet.
 */
const articleTextQueryOptions = (id: string) => {
  const { queryKey, queryFn, retry } = articleQueryOptions(id);
  return queryOptions<ArticleText, Error, ArticleText, string[]>({ queryKey, queryFn, retry });
};

/**
 * One article found. `later` is set when its snippet needs the article's text, which was not loaded yet
 * and was not waited for (`articles: 'cached'`): load `source`, and `hit` cuts the best hit from it.
 */
export interface SearchResult extends FoundArticle {
  readonly later: {
    readonly source: SnippetSource;
    readonly hit: (text: ArticleText) => Hit | undefined;
  } | null;
}

/**
 * `wait`: every result's snippet text is loaded before the results resolve (the results page). `cached`:
 * only texts already loaded give snippets now; the others come with `later`, so the header's suggestions
 * paint as soon as the index has answered and their snippets fill in as the texts arrive.
 */
export type ArticleMode = 'wait' | 'cached';

export interface SearchOutcome {
  /** Articles matching, filters applied, of which `results` are the first. */
  readonly total: number;
  /** Articles matching the query alone (equal to `total` without filters). */
  readonly unfiltered: number;
  readonly results: readonly SearchResult[];
  /** "Did you mean": the query with unknown words respelled, when nothing matched and that finds some. */
  readonly suggestion: string | null;
  /** When nothing matched: how many would with one filter fewer (those that help). */
  readonly relax: readonly { readonly filter: FilterKey; readonly total: number }[];
  /** When nothing matched: the query with one word fewer, and how many that finds (those that help). */
  readonly fewer: readonly { readonly q: string; readonly total: number }[];
}

export const searchQueryOptions = (
  q: string,
  filters: SearchFilters,
  limit: number,
  hitsPerResult: number,
  articles: ArticleMode = 'wait',
) =>
  queryOptions({
    queryKey: [...SEARCH_RESULTS_KEY, q, filters, limit, hitsPerResult, articles],
    queryFn: ({ client }) => runSearch(client, q, filters, limit, hitsPerResult, articles),
  });

/** Results for `q` as the user types: the previous results stay up while the next ones load. */
export const useSearch = (
  q: string,
  filters: SearchFilters,
  limit: number,
  hitsPerResult: number,
  articles: ArticleMode = 'wait',
) =>
  useQuery({
    ...searchQueryOptions(q, filters, limit, hitsPerResult, articles),
    enabled: q.trim() !== '' || hasFilters(filters),
    placeholderData: keepPreviousData,
  });

type Manifest = Awaited<ReturnType<Engine['SearchManifest']['parse']>>;
type Facets = ReadonlyMap<string, Awaited<ReturnType<Engine['FacetShard']['parse']>>>;

async function loadAll<T>(files: readonly string[], load: (file: string) => Promise<T>) {
  const loaded = await Promise.all(files.map(load));
  return new Map(files.map((f, i) => [f, loaded[i] ?? never(f)]));
}

/**
 * Every bundled article matching `q` and `filters`, best first (filters only: newest first), with the
 * index loaded for it. `complete` loads every tail page of a frequent word, so no match is left out.
 */
export async function findBundled(
  client: QueryClient,
  q: string,
  filters: SearchFilters,
  { limit, complete }: { readonly limit: number; readonly complete: boolean },
) {
  const engine = await loadEngine();
  const manifest = await client.ensureQueryData(searchManifestQueryOptions());
  const query = engine.parseQuery(q);
  const browsing = query.parts.length === 0;
  const facetsFor = (f: SearchFilters) =>
    loadAll(engine.facetFilesFor(manifest.filters, f, browsing), (file) =>
      client.ensureQueryData(facetShardQueryOptions(file)),
    );
  const files = engine.shardsFor(manifest, query);
  const [shards, facets] = await Promise.all([
    loadAll(files, (f) => client.ensureQueryData(termShardQueryOptions(f))),
    facetsFor(filters),
  ]);
  const loaded = { manifest, shards };
  // A frequent word's shard has only its best articles: the rest when this query needs them (query.ts),
  // and all of them when a filter may keep articles outside the best.
  const tailFiles = engine.tailsFor(loaded, query, { limit, complete });
  const tails = await loadAll(tailFiles, (f) => client.ensureQueryData(tailPageQueryOptions(f)));
  const index = { ...loaded, tails };

  const ranked = browsing ? [] : engine.search(index, query);
  const allowed = engine.allowedDocs(manifest.filters, facets, filters);
  const kept = browsing
    ? (allowed ? engine.browse(manifest.filters, facets, allowed) : []).map((doc) => ({ doc, matches: [] }))
    : ranked.filter((r) => !allowed || allowed.has(r.doc));
  return { engine, manifest, query, browsing, index, facets, facetsFor, ranked, allowed, kept };
}

async function runSearch(
  client: QueryClient,
  q: string,
  filters: SearchFilters,
  limit: number,
  hitsPerResult: number,
  articles: ArticleMode,
): Promise<SearchOutcome> {
  const { engine, manifest, query, browsing, index, facets, facetsFor, ranked, allowed, kept } =
    await findBundled(
      client,
      q,
      filters,
      // A filter may keep articles outside a frequent word's best: then all of its pages.
      { limit, complete: hasFilters(filters) },
    );
  // Filters apply before ranking and paging: `total` counts filtered articles.
  const count = (query: ParsedQuery, f: SearchFilters, loaded: Facets): number => {
    const allowed = engine.allowedDocs(manifest.filters, loaded, f);
    if (browsing) return allowed?.size ?? 0;
    const docs = engine.search(index, query);
    return allowed ? docs.filter((r) => allowed.has(r.doc)).length : docs.length;
  };
  // Unfiltered, the tail pages not loaded still count (a frequent word's document frequency).
  const unfiltered = browsing ? kept.length : engine.matchCount(index, query, ranked);

  const results = await Promise.all(
    kept
      .slice(0, limit)
      .map(({ doc, matches }) => resultFor(client, engine, manifest, doc, matches, hitsPerResult, articles)),
  );

  // Articles the reader imported come first: they are theirs, and a handful at most. Filters read the
  // bundled index's facets, which imported articles are not in, so a filtered search leaves them out.
  const local =
    browsing || hasFilters(filters)
      ? []
      : (await searchLocal(client, q, hitsPerResult).catch(() => [])).map((r) => ({ ...r, later: null }));
  const none = kept.length + local.length === 0;
  const relax = none
    ? (
        await Promise.all(
          FILTER_KEYS.filter((key) => filters[key] !== null).map(async (filter) => {
            const f = withoutFilter(filters, filter);
            return { filter, total: count(query, f, await facetsFor(f)) };
          }),
        )
      ).filter((r) => r.total > 0)
    : [];
  const fewer =
    none && query.parts.length > 1
      ? query.parts
          .map((_, i) => {
            const parts = query.parts.filter((__, j) => j !== i);
            return { q: parts.map(partText).join(' '), total: count({ parts }, filters, facets) };
          })
          .filter((r) => r.total > 0)
          .sort((a, b) => b.total - a.total)
      : [];
  // A respelling is offered only when it finds something: "peace talks" once became "peace take", with
  // "peace" in no article either. Counted with the filters kept, as its link keeps them; a filter that
  // empties the result is offered for removal on its own (`relax`).
  const respelled = none && !browsing ? engine.didYouMean(index, query) : null;
  const suggestion =
    respelled !== null && count(engine.parseQuery(respelled), filters, facets) > 0 ? respelled : null;
  return {
    total: (allowed ? kept.length : unfiltered) + local.length,
    unfiltered: unfiltered + local.length,
    results: [...local, ...results].slice(0, limit),
    suggestion,
    relax,
    fewer,
  };
}

const partText = (part: ParsedQuery['parts'][number]): string =>
  part.kind === 'term' ? part.term : `"${part.terms.join(' ')}"`;

async function resultFor(
  client: QueryClient,
  engine: Engine,
  manifest: Manifest,
  doc: number,
  matches: readonly Match[],
  hitsPerResult: number,
  articles: ArticleMode,
): Promise<SearchResult> {
  const entry = await docEntryFor(client, manifest, doc);
  // Only a hit from the body needs the article's text: a query that finds a speaker by name shows that
  // line without it. Without the text (a failed fetch) the result still shows its title and line hits.
  const needed = engine.needsArticle(entry, matches, hitsPerResult);
  const source = snippetSourceQueryOptions(client, manifest.offline, entry.id);
  const text = !needed
    ? null
    : articles === 'wait'
      ? await client.ensureQueryData(source).catch(() => null)
      : (client.getQueryData(source.queryKey) ?? null);
  const later =
    needed && text === null && articles === 'cached'
      ? { source, hit: (loaded: ArticleText) => engine.presentHits(entry, loaded, matches, 1)[0] }
      : null;
  return { ...engine.presentResult(entry, text, matches, hitsPerResult), later };
}

/** The doc entry of bundled article number `doc`, from its docs shard. */
export async function docEntryFor(client: QueryClient, manifest: Manifest, doc: number) {
  const file = (await loadEngine()).docShardFile(manifest, doc) ?? never(`doc ${String(doc)}`);
  const docs = await client.ensureQueryData(docShardQueryOptions(file));
  return docs.docs[doc - docs.from] ?? never(`doc ${String(doc)}`);
}

function never(what: string): never {
  throw new Error(`The search index is inconsistent: ${what} is missing.`);
}
