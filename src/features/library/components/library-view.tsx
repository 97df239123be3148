import type { QueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { catalogQueryOptions, useCatalog } from '@/lib/api/catalog';
import { localListQueryOptions, useLocalList } from '@/lib/api/local-articles';
import { prefetchNew } from '@/lib/api/prefetch';
import { href, navigate, routes, type LibrarySort } from '@/lib/router';

import { useLocalDelete } from '../hooks/use-local-delete';
import { arrangeLibrary, corpusSpeakers, type LibraryItem } from '../lib/arrange';
import { ArticleCard } from './article-card';
import { UndoBar } from './undo-bar';

interface Props {
  readonly sort: LibrarySort;
  readonly speaker: string | null;
}

/**
 * Loads what the view suspends on into `client`'s cache (app/first-route.ts, before the first render):
 * the catalog, whose file index.html has preloaded, and the list of imported articles. Never rejects.
 */
export const prepareLibraryView = (client: QueryClient): Promise<unknown> =>
  Promise.all([prefetchNew(client, catalogQueryOptions()), prefetchNew(client, localListQueryOptions())]);

/**
 * Cards drawn at once, and added by each "Show more". An archive of ten thousand articles drawn whole is
 * a page of ten thousand cards: seconds to draw on a phone, and every later change to the page (the
 * search suggestions opening over it) pays for their styles and layout again.
 */
export const LIBRARY_PAGE = 100;

/** Every article, bundled and imported, sorted and filtered by the URL's `sort` and `speaker`. */
export function LibraryView({ sort, speaker }: Props) {
  const catalog = useCatalog();
  const local = useLocalList();
  const items: LibraryItem[] = [
    ...local.entries.map(({ entry, addedAt }) => ({ entry, local: { addedAt } })),
    ...catalog.articles.map((entry) => ({ entry, local: null })),
  ];
  const shown = arrangeLibrary(items, sort, speaker);
  const speakers = corpusSpeakers(items.map((i) => i.entry));
  const { deleted, problem, remove, undo, dismiss } = useLocalDelete();
  const sortId = useId();
  const speakerId = useId();
  // Back to the first page when the order or the filter changes (state kept per sort and speaker).
  const listKey = `${sort}\n${speaker ?? ''}`;
  const [paging, setPaging] = useState({ key: listKey, count: LIBRARY_PAGE });
  const count = paging.key === listKey ? paging.count : LIBRARY_PAGE;
  const more = Math.min(LIBRARY_PAGE, shown.length - count);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="font-serif text-3xl font-semibold">Library</h1>
        <div className="flex flex-wrap gap-x-4">
          <a href={href(routes.add())} className="inline-flex min-h-11 items-center font-medium underline">
            Add an article
          </a>
          <a href={href(routes.corrections())} className="inline-flex min-h-11 items-center underline">
            Your corrections
          </a>
        </div>
      </div>
      <p className="mt-1 text-muted">
        {items.length === 1 ? '1 article' : `${String(items.length)} articles`}
        {local.entries.length > 0 && ` (${String(local.entries.length)} imported)`}, every quotation
        attributed.
      </p>
      {local.problem && <p className="mt-3 text-sm">Imported articles cannot be shown: {local.problem}</p>}
      {/* On a phone the two controls stack, labels in one column and selects in the next, aligned. */}
      <div className="mt-6 grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-3 text-sm sm:flex sm:flex-wrap sm:gap-4">
        <div className="contents sm:flex sm:items-center sm:gap-2">
          <label htmlFor={sortId}>Sort by</label>
          <select
            id={sortId}
            value={sort}
            onChange={(e) => navigate(routes.library({ sort: e.target.value as LibrarySort, speaker }))}
            className="min-h-11 w-full max-w-[14rem] rounded-md border border-rule bg-panel px-2 sm:w-auto"
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
            className="min-h-11 w-full max-w-[14rem] rounded-md border border-rule bg-panel px-2 sm:w-auto"
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
      {deleted && <UndoBar deleted={deleted} onUndo={() => void undo()} onDismiss={dismiss} />}
      {problem && (
        <p role="alert" className="mt-6">
          {problem}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="mt-8">
          No article quotes {speaker}.{' '}
          <a className="underline" href="#/">
            Show every article
          </a>
        </p>
      ) : (
        <>
          <ul className="mt-6 divide-y divide-rule border-y border-rule">
            {shown.slice(0, count).map((item) => (
              <li key={item.entry.id}>
                <ArticleCard
                  item={item}
                  onDelete={item.local ? () => void remove(item.entry.id, item.entry.title) : undefined}
                />
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="mt-6 flex flex-wrap items-baseline justify-between gap-x-4">
              <span className="text-muted">
                Showing {count.toLocaleString('en')} of {shown.length.toLocaleString('en')}.
              </span>
              <button
                type="button"
                onClick={() => setPaging({ key: listKey, count: count + more })}
                className="inline-flex min-h-11 items-center font-medium underline"
              >
                Show {more} more
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
