import type { MouseEvent } from 'react';

import type { Article, Quote, QuoteKind } from '@/content/schema';

import { excerpt } from '../lib/excerpt';

const KIND_LABELS: Record<QuoteKind, string> = { direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed' };

interface Props {
  article: Article;
  quotes: readonly Quote[];
  /** Names the list: "Quotations by Zamir Kabulov". */
  label: string;
  color: number | null;
  currentId: string | null;
  hrefFor: (quote: Quote) => string;
  onGo: (quote: Quote) => void;
}

/** Opening in a new tab, a download or a selection: the browser's business, not ours. */
const isModified = (e: MouseEvent): boolean =>
  e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/**
 * A speaker's quotations as links to their place in the text: real links, so copy-link and open-in-new-tab
 * work, with a plain click handled here so it also scrolls when the URL already names that quotation.
 */
export function QuoteList({ article, quotes, label, color, currentId, hrefFor, onGo }: Props) {
  return (
    <ol
      aria-label={label}
      data-speaker-color={color ?? 'none'}
      className="mt-2 ml-4 space-y-1 border-l-2 border-sp pl-2"
    >
      {quotes.map((q) => {
        const text = excerpt(article.text.slice(q.content[0], q.content[1]));
        return (
          <li key={q.id}>
            <a
              href={hrefFor(q)}
              aria-current={q.id === currentId ? 'true' : undefined}
              onClick={(e) => {
                if (isModified(e)) return;
                e.preventDefault();
                onGo(q);
              }}
              className="block min-h-11 rounded-md p-2 hover:bg-sp-tint/60 aria-[current]:bg-sp-tint"
            >
              <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
                <span className="rounded border border-rule px-1 font-medium tracking-wide uppercase">
                  {KIND_LABELS[q.kind]}
                </span>
                {q.cue && <span className="italic">{q.cue.text}</span>}
                {q.id === currentId && <span className="text-ink">· shown in the text</span>}
              </span>
              <span className="mt-1 block font-serif text-[0.9375rem] leading-snug break-words">
                {q.kind === 'direct' ? `“${text}”` : text}
              </span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
