import type { CatalogEntry } from '@/content/schema';
import type { LibrarySort } from '@/lib/router';

/** An article in the library: bundled with the site, or imported into this browser (`local`). */
export interface LibraryItem {
  readonly entry: CatalogEntry;
  readonly local: { readonly addedAt: number } | null;
}

const byTitle = (a: LibraryItem, b: LibraryItem): number =>
  a.entry.title.localeCompare(b.entry.title, undefined, { sensitivity: 'base', numeric: true });

/** `YYYY-MM-DD` in the reader's time zone, as dates are written in articles. */
export const dayOf = (ms: number): string => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** An imported article without a date of its own sorts by the day it was imported, so a new one is found. */
const sortDate = (item: LibraryItem): string | null =>
  item.entry.date ?? (item.local ? dayOf(item.local.addedAt) : null);

/**
 * The library's order: newest first (undated last, then by title), or by title. Filtered to the articles
 * quoting `speaker` (by name, as the catalog lists them) when one is given.
 */
export function arrangeLibrary(
  items: readonly LibraryItem[],
  sort: LibrarySort,
  speaker: string | null,
): LibraryItem[] {
  const shown = speaker === null ? [...items] : items.filter((i) => i.entry.quotedSpeakers.includes(speaker));
  if (sort === 'title') return shown.sort(byTitle);
  return shown.sort((a, b) => {
    const [da, db] = [sortDate(a), sortDate(b)];
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    }
    // The same day: the latest import first, then bundled articles by title.
    if (a.local && b.local) return b.local.addedAt - a.local.addedAt;
    return byTitle(a, b);
  });
}

/** Every quoted speaker of the corpus, by how many articles quote them, then by name. */
export function corpusSpeakers(entries: readonly CatalogEntry[]): { name: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const name of e.quotedSpeakers) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, articles]) => ({ name, articles }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
}
