import type { Appearance, SpeakerPage } from '@/content/speakers/schema';
import { formatDate } from '@/lib/format-date';
import { href, routes } from '@/lib/router';

import { count } from '../lib/page-words';

/**
 * The page's evidence, oldest article first: the name each article writes, the role it gives, and why
 * that name was taken to be this speaker; then who was kept apart. A reader judges the merge from this.
 */
export function MergedNames({ page }: { page: SpeakerPage }) {
  const merged = page.appearances.length > 1;
  return (
    <section aria-labelledby="speaker-names" className="mt-8">
      <h2 id="speaker-names" className="font-serif text-xl font-semibold">
        Names and roles over time
      </h2>
      {merged && (
        <p className="mt-1 text-sm text-muted">
          Names count as the same when they match once case, accents, punctuation and titles such as “Mr.” are
          set aside; a surname alone, when only one full name in the library ends with it.
        </p>
      )}
      <ol className="mt-3 space-y-2 border-l-2 border-rule pl-4">
        {page.appearances.map((a) => (
          <li key={`${a.articleId}/${a.speakerId}`} className="text-sm">
            <span className="block text-muted">{a.date === null ? 'Undated' : formatDate(a.date)}</span>
            <a
              href={href(routes.article(a.articleId, { speaker: a.speakerId }))}
              className="font-medium underline"
            >
              {a.title}
            </a>
            {a.source && <span className="text-muted"> · {a.source}</span>}
            <span className="block">
              {a.roles.length > 0 ? a.roles.join('; ') : <span className="text-muted">No role given</span>}
              <span className="text-muted"> · {count(a.count, 'quotation')}</span>
            </span>
            <span className="block text-muted">{howMerged(a, page.name)}</span>
          </li>
        ))}
      </ol>
      {page.ambiguous.length > 0 && (
        <p className="mt-3 text-sm">
          <span className="font-medium">Kept apart, </span>
          <span className="text-muted">as the name could be more than one person: </span>
          {page.ambiguous.map((o, i) => (
            <span key={o.key}>
              {i > 0 && ', '}
              <a href={href(routes.speaker(o.key))} className="underline">
                {o.name}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

function howMerged(a: Appearance, name: string): string {
  if (a.via === 'surname') return `Named only “${a.name}”: the one full name in the library ending so.`;
  return a.name === name ? `Named “${a.name}”.` : `Named “${a.name}”, the same name written another way.`;
}
