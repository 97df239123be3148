import { useRef, type KeyboardEvent } from 'react';

import { formatDate } from '@/lib/format-date';
import { href, routes } from '@/lib/router';
import { isPlainKey, isTyping } from '@/lib/shortcuts';
import { useDocumentEvent } from '@/lib/use-document-event';

import type { SearchResult } from '../api/search';
import { hitRoute } from '../lib/hit-route';
import { HitSnippet } from './hit-snippet';

const RESULT_LINK = '[data-search-result]';

/** ↓ and ↑ move between the result links, as Tab and Shift Tab do; from outside the list ↓ enters it. */
function moveFocus(e: KeyboardEvent | globalThis.KeyboardEvent, list: HTMLElement) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLElement>(RESULT_LINK)];
  const at = links.indexOf(document.activeElement as HTMLElement);
  const next = links[e.key === 'ArrowDown' ? at + 1 : Math.max(0, at - 1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** Results grouped by article: its title and date, then its best hits, each a link to its place. */
export function ResultList({ results }: { results: readonly SearchResult[] }) {
  const list = useRef<HTMLOListElement>(null);
  // On arrival focus is on the page, not in the list: ↓ there (not while typing) enters the results.
  useDocumentEvent('keydown', (e) => {
    if (!list.current || list.current.contains(e.target as Node) || isTyping(e) || !isPlainKey(e)) return;
    if (e.key === 'ArrowDown') moveFocus(e, list.current);
  });
  return (
    <ol
      ref={list}
      onKeyDown={(e) => moveFocus(e, e.currentTarget)}
      className="mt-6 divide-y divide-rule border-y border-rule"
    >
      {results.map((r) => (
        <li key={r.id} className="py-5">
          <h2 className="font-serif text-xl leading-snug font-semibold">
            <a href={href(routes.article(r.id))} data-search-result className="hover:underline">
              {r.titleDerived ? <span className="italic">{r.title}…</span> : r.title}
            </a>
          </h2>
          {(r.titleDerived || r.date || r.source) && (
            <p className="mt-1 text-sm text-muted">
              {[r.titleDerived && 'No headline: opening words', r.date && formatDate(r.date), r.source]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          <ul className="mt-2 space-y-1">
            {r.hits.map((hit) => (
              <li key={`${hit.kind}:${String(hit.match?.[0] ?? hit.text)}`}>
                <a
                  href={href(hitRoute(r.id, hit))}
                  data-search-result
                  className="-mx-2 block min-h-11 rounded-md px-2 py-2 leading-relaxed hover:bg-rule"
                >
                  <HitSnippet hit={hit} />
                </a>
                {hit.kind === 'speaker' && hit.speaker && (
                  <a
                    href={href(routes.speaker(hit.speaker.name))}
                    className="inline-flex min-h-11 items-center text-sm text-accent underline"
                  >
                    All quotations by {hit.speaker.name}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
