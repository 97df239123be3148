import { useId } from 'react';

import { useCatalog } from '@/lib/api/catalog';
import { navigate, routes, type LibrarySort } from '@/lib/router';

import { arrangeLibrary, corpusSpeakers } from '../lib/arrange';
import { ArticleCard } from './article-card';

interface Props {
  readonly sort: LibrarySort;
  readonly speaker: string | null;
}

/** Every article, sorted and filtered by the URL's `sort` and `speaker`. */
export function LibraryView({ sort, speaker }: Props) {
  const catalog = useCatalog();
  const shown = arrangeLibrary(catalog.articles, sort, speaker);
  const speakers = corpusSpeakers(catalog.articles);
  const sortId = useId();
  const speakerId = useId();

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold">Library</h1>
      <p className="mt-1 text-[var(--muted)]">
        {catalog.articles.length === 1 ? '1 article' : `${String(catalog.articles.length)} articles`}, every
        quotation attributed.
      </p>
      {/* On a phone the two controls stack, labels in one column and selects in the next, aligned. */}
      <div className="mt-6 grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-3 text-sm sm:flex sm:flex-wrap sm:gap-4">
        <div className="contents sm:flex sm:items-center sm:gap-2">
          <label htmlFor={sortId}>Sort by</label>
          <select
            id={sortId}
            value={sort}
            onChange={(e) => navigate(routes.library({ sort: e.target.value as LibrarySort, speaker }))}
            className="min-h-11 w-full max-w-[14rem] rounded-md border border-[var(--rule)] bg-[var(--panel)] px-2 sm:w-auto"
          >
            <option value="date">Date, newest first</option>
            <option value="title">Title</option>
          </select>
        </div>
        <div className="contents sm:flex sm:min-w-0 sm:items-center sm:gap-2">
          <label htmlFor={speakerId}>Speaker</label>
          <select
            id={speakerId}
            value={speaker ?? ''}
            onChange={(e) => navigate(routes.library({ sort, speaker: e.target.value || null }))}
            className="min-h-11 w-full max-w-[14rem] rounded-md border border-[var(--rule)] bg-[var(--panel)] px-2 sm:w-auto"
          >
            <option value="">Anyone</option>
            {speakers.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({s.articles})
              </option>
            ))}
          </select>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="mt-8">
          No article quotes {speaker}.{' '}
          <a className="underline" href="#/">
            Show every article
          </a>
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-[var(--rule)] border-y border-[var(--rule)]">
          {shown.map((entry) => (
            <li key={entry.id}>
              <ArticleCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
