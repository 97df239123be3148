import type { Article, Quote } from '@/content/schema';
import { href, routes } from '@/lib/router';
import { speakerColor } from '@/lib/speaker-colors';

import { describeCounts, quotesBy, type Summary } from '../lib/summarize';

import { QuoteList } from './quote-list';
import { SpeakerChip } from './speaker-chip';
import { SpeakerRow } from './speaker-row';

interface Props {
  article: Article;
  summary: Summary;
  focusedId: string | null;
  currentQuoteId: string | null;
  onToggle: (speakerId: string) => void;
  hrefFor: (quote: Quote) => string;
  onGo: (quote: Quote) => void;
}

/**
 * Quoted speakers, most quoted first, the focused one opened onto their quotations; then the quotations
 * nobody could be credited with, and the speakers named without a quotation (nothing to focus on).
 */
export function SpeakerList({ article, summary, focusedId, currentQuoteId, onToggle, hrefFor, onGo }: Props) {
  const ids = article.speakers.map((s) => s.id);
  const quoteProps = { article, currentId: currentQuoteId, hrefFor, onGo };
  const { quoted, unattributed, unquoted } = summary;

  if (quoted.length === 0 && unattributed.total === 0) {
    return <p className="mt-3 text-sm text-muted">No quotations were found in this article.</p>;
  }
  return (
    <>
      <ul className="mt-3 space-y-2">
        {quoted.map(({ speaker, counts }) => {
          const color = speakerColor(ids, speaker.id);
          const focused = speaker.id === focusedId;
          return (
            <li key={speaker.id}>
              <SpeakerRow
                speaker={speaker}
                counts={counts}
                color={color}
                pressed={focused}
                onToggle={() => onToggle(speaker.id)}
              />
              {focused && (
                <QuoteList
                  {...quoteProps}
                  quotes={quotesBy(article, speaker.id)}
                  label={`Quotations by ${speaker.name}`}
                  color={color}
                />
              )}
              {focused && speaker.named && (
                // By name: the speaker page settles it on the key the library merges them under.
                <a
                  href={href(routes.speaker(speaker.name))}
                  className="ml-4 flex min-h-11 items-center underline"
                >
                  All quotations by {speaker.name}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {unattributed.total > 0 && (
        // Not a focus: the route's `speaker` names a speaker, and these have none.
        <details className="group mt-2 rounded-lg border border-dashed border-rule">
          {/* A flex summary loses its marker; the chevron says it opens. */}
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-3 p-3">
            <SpeakerChip name={null} color={null} />
            <span className="flex-1">
              <span className="block font-semibold">Unattributed</span>
              <span className="block text-sm text-muted">{describeCounts(unattributed)}</span>
            </span>
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0 group-open:rotate-180">
              <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </summary>
          <div className="px-3 pb-3">
            <QuoteList
              {...quoteProps}
              quotes={quotesBy(article, null)}
              label="Unattributed quotations"
              color={null}
            />
          </div>
        </details>
      )}
      {unquoted.length > 0 && (
        <p className="mt-3 text-sm text-muted">
          Also named, without a quotation: {unquoted.map((s) => s.name).join(', ')}
        </p>
      )}
    </>
  );
}
