import type { KeyboardEvent } from 'react';

import { href, routes } from '@/lib/router';

import type { SearchResult } from '../api/search';
import { formatDate, hitRoute } from '../lib/hit-route';
import { HitSnippet } from './hit-snippet';

const RESULT_LINK = '[data-search-result]';

/** ↓ and ↑ move between the result links, as Tab and Shift Tab do. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...e.currentTarget.querySelectorAll<HTMLElement>(RESULT_LINK)];
  const at = links.indexOf(document.activeElement as HTMLElement);
  const next = links[e.key === 'ArrowDown' ? at + 1 : Math.max(0, at - 1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** Results grouped by article: its title and date, then its best hits, each a link to its place. */
export function ResultList({ results }: { results: readonly SearchResult[] }) {
  return (
    <ol onKeyDown={moveFocus} className="mt-6 divide-y divide-[var(--rule)] border-y border-[var(--rule)]">
      {results.map((r) => (
        <li key={r.id} className="py-5">
          <h2 className="font-serif text-xl leading-snug font-semibold">
            <a href={href(routes.article(r.id))} data-search-result className="hover:underline">
              {r.title}
            </a>
          </h2>
          {(r.date ?? r.source) && (
            <p className="mt-1 text-sm text-[var(--muted)]">
              {[r.date && formatDate(r.date), r.source].filter(Boolean).join(' · ')}
            </p>
          )}
          <ul className="mt-2 space-y-1">
            {r.hits.map((hit) => (
              <li key={`${hit.kind}:${String(hit.match?.[0] ?? hit.text)}`}>
                <a
                  href={href(hitRoute(r.id, hit))}
                  data-search-result
                  className="-mx-2 block min-h-11 rounded-md px-2 py-2 leading-relaxed hover:bg-[var(--rule)]"
                >
                  <HitSnippet hit={hit} />
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
