import type { CatalogEntry } from '@/content/schema';
import type { LibrarySort } from '@/lib/router';

const byTitle = (a: CatalogEntry, b: CatalogEntry): number =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });

/**
 * The library's order: newest first (undated last, then by title), or by title. Filtered to the articles
 * quoting `speaker` (by name, as the catalog lists them) when one is given.
 */
export function arrangeLibrary(
  entries: readonly CatalogEntry[],
  sort: LibrarySort,
  speaker: string | null,
): CatalogEntry[] {
  const shown = speaker === null ? [...entries] : entries.filter((e) => e.quotedSpeakers.includes(speaker));
  if (sort === 'title') return shown.sort(byTitle);
  return shown.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
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
