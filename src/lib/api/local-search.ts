// Search over the articles a reader imported, with the same engine as the bundled index: their index is
// built in memory (src/content/search/build-index.ts, the build's own code) when first searched and
// kept until an import or a delete invalidates it (every key under LOCAL_KEY). The search feature merges
// these results with the bundled ones.

import { queryOptions, type QueryClient } from '@tanstack/react-query';

import type { Article } from '@/content/schema';
import type { DocEntry, FoundArticle } from '@/content/search/engine';
import type { Loaded } from '@/content/search/query';
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

/** Local articles matching `q`, best first; none when there are none or storage cannot be read. */
export async function searchLocal(
  client: QueryClient,
  q: string,
  hitsPerResult: number,
): Promise<FoundArticle[]> {
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
    if (!entry || !article) return [];
    return [engine.presentResult(entry, article, matches, hitsPerResult)];
  });
}
