import type { QuoteKind } from '@/content/schema';
import type { SpeakerPage } from '@/content/speakers/schema';
import { formatCitation, quotationWords } from '@/lib/export/citation';
import { CopyButton } from '@/lib/export/copy-button';
import { speakerRecord } from '@/lib/export/records';
import { formatDate } from '@/lib/format-date';
import { href, routes } from '@/lib/router';

const KIND_LABELS: Record<QuoteKind, string> = { direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed' };

/**
 * Every quotation, by article (oldest first) and in reading order within each: a link to its place in
 * the reader, with its kind and cue, and its citation to copy.
 */
export function SpeakerQuotes({ page }: { page: SpeakerPage }) {
  const articles = [...new Map(page.appearances.map((a) => [a.articleId, a])).values()];
  return (
    <section aria-labelledby="speaker-quotes" className="mt-10">
      <h2 id="speaker-quotes" className="font-serif text-xl font-semibold">
        Quotations
      </h2>
      {articles.map((a) => (
        <article key={a.articleId} aria-labelledby={`in-${a.articleId}`} className="mt-5">
          <h3 id={`in-${a.articleId}`} className="font-semibold">
            <a href={href(routes.article(a.articleId))} className="underline">
              {a.title}
            </a>
          </h3>
          <p className="text-sm text-muted">
            {[a.date === null ? 'Undated' : formatDate(a.date), a.source].filter(Boolean).join(' · ')}
          </p>
          <ol className="mt-2 space-y-3">
            {page.quotes
              .filter((q) => q.articleId === a.articleId)
              .map((q) => {
                const n = page.quotes.indexOf(q) + 1;
                return (
                  <li key={q.quoteId} className="rounded-lg border border-rule p-3">
                    <a
                      href={href(routes.article(q.articleId, { quote: q.quoteId }))}
                      className="block min-h-11 rounded-md hover:bg-rule/40"
                    >
                      <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
                        <span className="rounded border border-rule px-1 font-medium tracking-wide uppercase">
                          {KIND_LABELS[q.kind]}
                        </span>
                        {q.cue && <span className="italic">{q.cue}</span>}
                        <span className="sr-only">, in the reader:</span>
                      </span>
                      <span className="mt-1 block font-serif text-[1.0625rem] leading-snug break-words">
                        {q.kind === 'direct' ? `“${quotationWords(q.text)}”` : quotationWords(q.text)}
                      </span>
                    </a>
                    <CopyButton
                      className="mt-2"
                      label={
                        <>
                          Copy citation <span className="sr-only">of quotation {n}</span>
                        </>
                      }
                      text={() => formatCitation(speakerRecord(page, q, window.location.href))}
                    />
                  </li>
                );
              })}
          </ol>
        </article>
      ))}
    </section>
  );
}
