import { formatDate } from '@/lib/format-date';
import { href, routes } from '@/lib/router';

import { dayOf, type LibraryItem } from '../lib/arrange';

interface Props {
  readonly item: LibraryItem;
  /** For imported articles: deletes it (the library offers Undo). */
  readonly onDelete?: () => void;
}

/** One article in the library: title, where and when, how long, and who it quotes. */
export function ArticleCard({ item: { entry, local }, onDelete }: Props) {
  const facts = [
    entry.byline,
    entry.dateline,
    entry.date && formatDate(entry.date),
    local && `added ${formatDate(dayOf(local.addedAt))}`,
    `${String(entry.readingMinutes)} min read`,
    entry.quoteCount === 1 ? '1 quotation' : `${String(entry.quoteCount)} quotations`,
  ].filter(Boolean);
  return (
    <article className="py-5" data-article-id={entry.id}>
      <h2 className="font-serif text-xl leading-snug font-semibold">
        <a href={href(routes.article(entry.id))} className="hover:underline">
          {entry.titleDerived ? <span className="italic">{entry.title}…</span> : entry.title}
        </a>
      </h2>
      {entry.titleDerived && (
        <p className="text-xs tracking-wide text-muted uppercase">No headline: opening words</p>
      )}
      <p className="mt-1 text-sm text-muted">
        {local && (
          <span className="mr-2 inline-block rounded border border-current px-1.5 text-xs font-semibold tracking-wide text-ink uppercase">
            Local<span className="sr-only">: imported into this browser</span>
          </span>
        )}
        {facts.join(' · ')}
      </p>
      {entry.topSpeakers.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="text-muted">Most quoted: </span>
          {entry.topSpeakers.map((s, i) => (
            <span key={s.name}>
              {i > 0 && ', '}
              {s.name} <span className="text-muted">({s.count})</span>
            </span>
          ))}
        </p>
      )}
      {onDelete && (
        <button
          type="button"
          onClick={onDelete}
          aria-label={`Delete “${entry.title}” from this browser`}
          className="mt-1 -ml-2 min-h-11 rounded-md px-2 text-sm underline hover:bg-rule"
        >
          Delete
        </button>
      )}
    </article>
  );
}
