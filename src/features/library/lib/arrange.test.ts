import { describe, expect, it } from 'vitest';

import type { CatalogEntry } from '@/content/schema';

import { arrangeLibrary, dayOf, type LibraryItem } from './arrange';

const entry = (id: string, title: string, date: string | null, speakers: string[] = []): CatalogEntry =>
  ({
    id,
    title,
    titleDerived: false,
    byline: null,
    dateline: null,
    date,
    readingMinutes: 1,
    quoteCount: 0,
    source: null,
    topSpeakers: [],
    quotedSpeakers: speakers,
    path: `articles/${id}.json`,
  }) as unknown as CatalogEntry;

const bundled = (id: string, title: string, date: string | null, speakers?: string[]): LibraryItem => ({
  entry: entry(id, title, date, speakers),
  local: null,
});
const local = (id: string, title: string, addedAt: number, date: string | null = null): LibraryItem => ({
  entry: entry(id, title, date),
  local: { addedAt },
});

const ids = (items: LibraryItem[]) => items.map((i) => i.entry.id);
const day = (iso: string) => new Date(`${iso}T12:00:00`).getTime();

describe('arrangeLibrary', () => {
  const items = [
    bundled('old', 'Old news', '2020-01-01', ['Ada']),
    bundled('undated', 'Undated', null),
    local('local-today', 'Imported today', day('2024-05-02')),
    local('local-later', 'Imported later that day', day('2024-05-02') + 60_000),
    local('local-dated', 'Imported, with its own date', day('2024-05-03'), '2019-06-01'),
    bundled('new', 'New news', '2024-05-01', ['Ada', 'Ben']),
  ];

  it('newest first: an undated import sorts by the day it was imported, the latest import first', () => {
    expect(ids(arrangeLibrary(items, 'date', null))).toEqual([
      'local-later',
      'local-today',
      'new',
      'old',
      'local-dated',
      'undated',
    ]);
  });

  it('by title, bundled and imported alike', () => {
    // Punctuation weighs less than letters in the collation: "Imported," after "Imported today".
    expect(ids(arrangeLibrary(items, 'title', null))).toEqual([
      'local-later',
      'local-today',
      'local-dated',
      'new',
      'old',
      'undated',
    ]);
  });

  it('filters by a quoted speaker', () => {
    expect(ids(arrangeLibrary(items, 'date', 'Ben'))).toEqual(['new']);
  });
});

describe('dayOf', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(dayOf(new Date(2024, 0, 5, 23, 59).getTime())).toBe('2024-01-05');
  });
});
