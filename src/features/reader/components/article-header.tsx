import { formatDate } from '@/lib/format-date';
import type { ReactNode } from 'react';

import type { Article } from '@/content/schema';

import { cx } from '../lib/dom';
import { safeUrl } from '../lib/format';

/**
 * Title and the facts about the piece. A title derived from the lead is set in italics and labelled, since
 * those are the article's first words, not a headline. The dateline is not repeated here when it opens
 * the lead, where it is drawn in small capitals.
 */
export function ArticleHeader({
  article,
  datelineInBody,
  actions,
}: {
  article: Article;
  datelineInBody: boolean;
  /** Controls shown at the end of the facts line (the find button). */
  actions: ReactNode;
}) {
  const { meta, stats } = article;
  const url = safeUrl(meta.url);
  const quotes = stats.quotes.total;
  const facts = [
    meta.byline,
    datelineInBody ? null : meta.dateline,
    meta.date && formatDate(meta.date),
    `${String(stats.readingMinutes)} min read`,
    quotes === 1 ? '1 quotation' : `${String(quotes)} quotations`,
  ].filter((f): f is string => Boolean(f));
  return (
    <header>
      <h1
        id="article-title"
        className={cx(
          'font-serif leading-tight text-balance',
          // Opening words stand in for a headline: smaller, so the article itself shows on a phone's screen.
          meta.titleDerived
            ? 'text-2xl font-medium italic sm:text-3xl'
            : 'text-[1.75rem] font-semibold sm:text-4xl',
        )}
      >
        {meta.title}
        {meta.titleDerived && !meta.title.endsWith('…') && <span aria-hidden="true">…</span>}
      </h1>
      {meta.titleDerived && (
        <p className="mt-2 font-sans text-xs tracking-wide text-muted uppercase">
          No headline: opening words
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4">
        <p className="py-2 font-sans text-sm text-muted">
          {facts.map((f, i) => (
            <span key={f}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              {i > 0 && <span className="sr-only">, </span>}
              {f}
            </span>
          ))}
          {(meta.source ?? url) && (
            <span>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              {url ? (
                <a href={url.href} rel="noopener noreferrer" className="underline underline-offset-2">
                  {meta.source ?? url.hostname}
                </a>
              ) : (
                meta.source
              )}
            </span>
          )}
        </p>
        {actions}
      </div>
    </header>
  );
}
