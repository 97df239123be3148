import type { CatalogEntry } from '@/content/schema';
import { formatDate } from '@/lib/format-date';
import { href, routes } from '@/lib/router';

/** One article in the library: title, where and when, how long, and who it quotes. */
export function ArticleCard({ entry }: { entry: CatalogEntry }) {
  const facts = [
    entry.byline,
    entry.dateline,
    entry.date && formatDate(entry.date),
    `${String(entry.readingMinutes)} min read`,
    entry.quoteCount === 1 ? '1 quotation' : `${String(entry.quoteCount)} quotations`,
  ].filter(Boolean);
  return (
    <article className="py-5">
      <h2 className="font-serif text-xl leading-snug font-semibold">
        <a href={href(routes.article(entry.id))} className="hover:underline">
          {entry.titleDerived ? <span className="italic">{entry.title}…</span> : entry.title}
        </a>
      </h2>
      {entry.titleDerived && (
        <p className="text-xs tracking-wide text-[var(--muted)] uppercase">No headline: opening words</p>
      )}
      <p className="mt-1 text-sm text-[var(--muted)]">{facts.join(' · ')}</p>
      {entry.topSpeakers.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="text-[var(--muted)]">Most quoted: </span>
          {entry.topSpeakers.map((s, i) => (
            <span key={s.name}>
              {i > 0 && ', '}
              {s.name} <span className="text-[var(--muted)]">({s.count})</span>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
