// Downloading what a search found: the quotations it matched in every article it found (quotes-found.ts
// says which), bundled and imported alike, as the results list them. Each article found is loaded for its
// quotations, through the cache; a search finding very many stops at EXPORT_MAX_ARTICLES and says so.

import type { QueryClient } from '@tanstack/react-query';

import type { Article } from '@/content/schema';
import type { DocEntry } from '@/content/search/engine';
import type { Match } from '@/content/search/query';
import { articleQueryOptions } from '@/lib/api/article';
import { findLocal } from '@/lib/api/local-search';
import { quoteRecord, type QuoteRecord } from '@/lib/export/records';
import type { SearchFilters } from '@/lib/router';

import { hasFilters } from '../lib/filters';
import { docEntryFor, findBundled } from './search';

/** Articles read for one download: the best this many of a search that finds more. */
export const EXPORT_MAX_ARTICLES = 500;
/** Articles fetched at once. */
const BATCH = 6;

export interface SearchExport {
  readonly records: readonly QuoteRecord[];
  /** Articles found, and how many of them were read (fewer when over EXPORT_MAX_ARTICLES). */
  readonly found: number;
  readonly read: number;
}

interface Found {
  readonly entry: () => Promise<DocEntry>;
  readonly article: () => Promise<Article>;
  readonly matches: readonly Match[];
}

export async function exportSearch(
  client: QueryClient,
  q: string,
  filters: SearchFilters,
  base: string,
): Promise<SearchExport> {
  const bundled = await findBundled(client, q, filters, { limit: EXPORT_MAX_ARTICLES, complete: true });
  const all: Found[] = [
    ...(await foundLocally(client, q, filters)),
    ...bundled.kept.map(({ doc, matches }): Found => {
      const entry = () => docEntryFor(client, bundled.manifest, doc);
      return {
        entry,
        matches,
        article: async () => client.ensureQueryData(articleQueryOptions((await entry()).id)),
      };
    }),
  ];
  const read = all.slice(0, EXPORT_MAX_ARTICLES);
  const records: QuoteRecord[] = [];
  for (let i = 0; i < read.length; i += BATCH) {
    const batch = await Promise.all(
      read.slice(i, i + BATCH).map(async (f) => {
        const [entry, article] = await Promise.all([f.entry(), f.article()]);
        const quotes = bundled.engine.quotesFound(entry, article, f.matches, filters, bundled.browsing);
        return quotes.map((quote) => quoteRecord(article, quote, base));
      }),
    );
    records.push(...batch.flat());
  }
  return { records, found: all.length, read: read.length };
}

/** The reader's imported articles the search finds (none when filtered, as on the results page). */
async function foundLocally(client: QueryClient, q: string, filters: SearchFilters): Promise<Found[]> {
  if (hasFilters(filters) || q.trim() === '') return [];
  return (await findLocal(client, q)).map(({ entry, article, matches }) => ({
    entry: () => Promise.resolve(entry),
    article: () => Promise.resolve(article),
    matches,
  }));
}
