// Search over the articles a reader imported, with the same engine as the bundled index: their index is
// built in memory (src/content/search/build-index.ts, the build's own code) when first searched and
// kept until an import or a delete invalidates it (every key under LOCAL_KEY). The search feature merges
// these results with the bundled ones.

import { queryOptions, type QueryClient } from '@tanstack/react-query';

import type { Article } from '@/content/schema';
import type { DocEntry, FoundArticle } from '@/content/search/engine';
import type { Loaded, Match } from '@/content/search/query';
import type { TermShard } from '@/content/search/format';

import { LOCAL_KEY, localAllQueryOptions, localListQueryOptions } from './local-articles';

interface LocalIndex {
  readonly loaded: Loaded;
  readonly docs: readonly DocEntry[];
  readonly articles: readonly Article[];
}

export const localSearchIndexQueryOptions = () =>
  queryOptions({
    queryKey: [LOCAL_KEY, 'search-index'],
    queryFn: async ({ client }): Promise<LocalIndex> => {
      const articles = await client.ensureQueryData(localAllQueryOptions());
      const [{ buildSearchIndex }, { docEntry }] = await Promise.all([
        import('@/content/search/build-index'),
        import('@/content/search/document'),
      ]);
      const { manifest, files } = buildSearchIndex(articles);
      const byFile = new Map(files);
      const shards = new Map(manifest.shards.map((s) => [s.file, byFile.get(s.file) as TermShard]));
      return { loaded: { manifest, shards }, docs: articles.map((a) => docEntry(a)), articles };
    },
  });

/** A local article matching a query, with what matched in it. */
export interface LocalMatch {
  readonly entry: DocEntry;
  readonly article: Article;
  readonly matches: readonly Match[];
}

/** Local articles matching `q`, best first; none when there are none or storage cannot be read. */
export async function findLocal(client: QueryClient, q: string): Promise<LocalMatch[]> {
  // The short list first: with nothing imported, no article is read and no index built.
  const { entries } = await client.ensureQueryData(localListQueryOptions());
  if (entries.length === 0) return [];
  const [engine, index] = await Promise.all([
    import('@/content/search/engine'),
    client.ensureQueryData(localSearchIndexQueryOptions()),
  ]);
  return engine.search(index.loaded, engine.parseQuery(q)).flatMap(({ doc, matches }) => {
    const entry = index.docs[doc];
    const article = index.articles[doc];
    return entry && article ? [{ entry, article, matches }] : [];
  });
}

/** Local articles matching `q`, as the results show them. */
export async function searchLocal(
  client: QueryClient,
  q: string,
  hitsPerResult: number,
): Promise<FoundArticle[]> {
  const found = await findLocal(client, q);
  if (found.length === 0) return [];
  const engine = await import('@/content/search/engine');
  return found.map((f) => engine.presentResult(f.entry, f.article, f.matches, hitsPerResult));
}
