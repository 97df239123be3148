// What a library keeps for offline use, decided by the content build and told to the app through the
// search manifest (its `offline` field), so the search page can say what works with the network off.
//
//   articles ≤ limit   everything: catalog, every article, the whole search index
//   articles > limit   the catalog, the search manifest (small, and it carries this very answer) and the
//                      `limit` newest articles; no index. A partial index would answer queries with a
//                      silent subset of the library, and the whole one at 100,000 articles is tens of
//                      megabytes a reader never asked to store. Search then says it needs the network.
//                      Speaker pages (speakers/) span the whole library too, so they are left out alike.
//
// Never precached: the snippet text files (search/text/). Search cuts its snippets from them only when the
// library is not precached; when it is, it uses the article files, which are, so storing both would add
// most of the library's text a second time.
//
// The limit is $VERBATIM_OFFLINE_LIMIT (read by the content plugin), else DEFAULT_OFFLINE_LIMIT.

import * as v from 'valibot';

import { articlePath } from './paths';

export const DEFAULT_OFFLINE_LIMIT = 5000;

export const OfflineInfoSchema = v.strictObject({
  /** The build's limit. */
  limit: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** How many articles are stored for reading offline (all of them, or the newest `limit`). */
  articles: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** True when the whole search index is stored: search works with the network off. */
  search: v.boolean(),
});
export type OfflineInfo = v.InferOutput<typeof OfflineInfoSchema>;

export const offlineInfo = (articles: number, limit: number): OfflineInfo => ({
  limit,
  articles: Math.min(articles, limit),
  search: articles <= limit,
});

/** A limit from the environment's text: a whole number ≥ 0, else the default (with why, for the log). */
export function parseOfflineLimit(raw: string | undefined): { limit: number; problem: string | null } {
  if (raw === undefined || raw.trim() === '') return { limit: DEFAULT_OFFLINE_LIMIT, problem: null };
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0
    ? { limit: n, problem: null }
    : {
        limit: DEFAULT_OFFLINE_LIMIT,
        problem: `VERBATIM_OFFLINE_LIMIT must be a whole number of articles, not "${raw}"; using ${String(DEFAULT_OFFLINE_LIMIT)}`,
      };
}

/** Folders whose files cover the whole library: all or nothing (the search manifest apart). */
const LIBRARY_WIDE = ['articles/', 'search/', 'speakers/'];
/** format.ts's MANIFEST_PATH and SNIPPET_TEXT_DIR, written out: format.ts imports this file. */
const MANIFEST = 'search/manifest.json';
const SNIPPET_TEXT_DIR = 'search/text/';
const ISO_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/**
 * The content files (paths relative to content/) to precache. `articles` in library order, each with
 * its date; `files` every content file of the build.
 */
export function offlineFiles(
  articles: readonly { readonly id: string; readonly date: string | null }[],
  files: readonly string[],
  limit: number,
): Set<string> {
  if (articles.length <= limit) return new Set(files.filter((f) => !f.startsWith(SNIPPET_TEXT_DIR)));
  // Newest first by the date's ISO part; undated articles last, in library order.
  const newest = articles
    .map((a, i) => ({ id: a.id, i, date: (a.date && ISO_PREFIX.exec(a.date)?.[0]) ?? '' }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1))
    .slice(0, limit)
    .map((a) => articlePath(a.id));
  const kept = new Set(newest);
  return new Set(
    files.filter((f) => kept.has(f) || !LIBRARY_WIDE.some((dir) => f.startsWith(dir)) || f === MANIFEST),
  );
}
