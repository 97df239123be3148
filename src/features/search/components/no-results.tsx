import { useQuery } from '@tanstack/react-query';

import { formatDate } from '@/lib/format-date';
import { href, routes, type SearchFilters } from '@/lib/router';

import { searchManifestQueryOptions, type SearchOutcome } from '../api/search';
import { filterLabel, hasFilters, NO_FILTERS, withoutFilter } from '../lib/filters';

const LINK = 'font-semibold text-accent underline';
const articles = (n: number) => `${String(n)} ${n === 1 ? 'article' : 'articles'}`;

interface Props {
  readonly q: string;
  readonly filters?: SearchFilters;
  /** What the search found out about the miss; undefined before any search (the empty page). */
  readonly outcome?: Pick<SearchOutcome, 'suggestion' | 'relax' | 'fewer'>;
}

/**
 * What to try when nothing matched (or nothing was asked yet), each a link that is known to find
 * something: a respelled query, one filter fewer, one word fewer; then tips, and the people the library
 * quotes most, each a link to everything they said.
 */
export function NoResults({ q, filters = NO_FILTERS, outcome }: Props) {
  const manifest = useQuery(searchManifestQueryOptions()).data;
  const speakers = manifest?.speakers ?? [];
  const asked = q.trim() !== '' || hasFilters(filters);
  const words = q.trim().split(/\s+/).length;
  const suggestion = outcome?.suggestion ?? null;
  const tries = [
    ...(outcome?.relax ?? []).map(({ filter, total }) => ({
      key: `relax:${filter}`,
      to: routes.search(q, withoutFilter(filters, filter)),
      text: `Remove “${filterLabel(filter, filters, formatDate)}”`,
      total,
    })),
    ...(outcome?.fewer ?? []).slice(0, 3).map(({ q: fewer, total }) => ({
      key: `fewer:${fewer}`,
      to: routes.search(fewer, filters),
      text: `Search for “${fewer}”`,
      total,
    })),
  ];
  return (
    <div className="mt-6 space-y-4">
      {asked && (
        <p>
          {q.trim() ? <>No article matches “{q.trim()}”</> : 'No article matches'}
          {hasFilters(filters) ? ' with these filters.' : '.'}
        </p>
      )}
      {suggestion && (
        <p className="text-lg">
          Did you mean{' '}
          <a href={href(routes.search(suggestion, filters))} className={LINK}>
            {suggestion}
          </a>
          ?
        </p>
      )}
      {tries.length > 0 && (
        <div>
          <h2 className="font-semibold">Try instead</h2>
          <ul className="mt-1">
            {tries.map((t) => (
              <li key={t.key}>
                <a href={href(t.to)} className="inline-flex min-h-11 items-center underline">
                  {t.text}
                  <span className="ml-1 text-muted">({articles(t.total)})</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {q.trim() && (
        <ul className="list-disc space-y-1 pl-5 text-muted">
          <li>Check the spelling; accents and capitals do not matter.</li>
          {words > 1 && <li>Try fewer words: every word must appear in an article.</li>}
          <li>Search for a person’s surname, a place, or words from a quotation.</li>
        </ul>
      )}
      {speakers.length > 0 && (
        <div>
          <h2 className="font-semibold">Most quoted in the library</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {speakers.map(([name, count]) => (
              <li key={name}>
                <a
                  href={href(routes.search('', { speaker: name }))}
                  aria-label={`Everything ${name} said: ${String(count)} ${count === 1 ? 'quotation' : 'quotations'}`}
                  className="inline-flex min-h-11 items-center rounded-full border border-rule px-3 hover:bg-rule"
                >
                  {name} <span className="ml-1 text-sm text-muted">({count})</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
