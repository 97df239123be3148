import type { SpeakerPage } from '@/content/speakers/schema';
import { href, routes } from '@/lib/router';

import { count } from '../lib/page-words';

/** Who else the same articles quote, most shared articles first, each a link to their own page. */
export function CoQuotedList({ page }: { page: SpeakerPage }) {
  return (
    <section aria-labelledby="speaker-alongside" className="mt-10">
      <h2 id="speaker-alongside" className="font-serif text-xl font-semibold">
        Quoted alongside
      </h2>
      {page.coQuoted.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nobody else is quoted in the same articles.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {page.coQuoted.map((c) => (
            <li key={c.key}>
              <a
                href={href(routes.speaker(c.key))}
                className="inline-flex min-h-11 items-center gap-1 rounded-full border border-rule px-3 text-sm hover:bg-rule"
              >
                <span className="font-medium">{c.name}</span>
                <span className="text-muted">· {count(c.shared, 'article')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
