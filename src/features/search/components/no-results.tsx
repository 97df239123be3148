import { useQuery } from '@tanstack/react-query';

import { href, routes } from '@/lib/router';

import { searchManifestQueryOptions } from '../api/search';

/**
 * What to try when nothing matched (or nothing was asked yet): a respelled query, fewer words, or the
 * people the library quotes most.
 */
export function NoResults({ q, suggestion }: { q: string; suggestion: string | null }) {
  const manifest = useQuery(searchManifestQueryOptions()).data;
  const speakers = manifest?.speakers ?? [];
  const words = q.trim().split(/\s+/).length;
  return (
    <div className="mt-6 space-y-4">
      {q.trim() && <p>No article matches “{q}”.</p>}
      {suggestion && (
        <p className="text-lg">
          Did you mean{' '}
          <a href={href(routes.search(suggestion))} className="font-semibold text-[var(--accent)] underline">
            {suggestion}
          </a>
          ?
        </p>
      )}
      {q.trim() && (
        <ul className="list-disc space-y-1 pl-5 text-[var(--muted)]">
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
                  href={href(routes.search(name))}
                  className="inline-flex min-h-11 items-center rounded-full border border-[var(--rule)] px-3 hover:bg-[var(--rule)]"
                >
                  {name} <span className="ml-1 text-sm text-[var(--muted)]">({count})</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
