import type { SpeakerPage } from '@/content/speakers/schema';
import { DownloadButtons } from '@/lib/export/download-buttons';
import { speakerRecords } from '@/lib/export/records';
import { href, routes } from '@/lib/router';

import { count, KIND_WORDS } from '../lib/page-words';

/** Who, how often and where; the other names; the quotations as a file. */
export function SpeakerHeader({ page }: { page: SpeakerPage }) {
  const articles = new Set(page.appearances.map((a) => a.articleId)).size;
  return (
    <header>
      <a href={href(routes.library())} className="inline-flex min-h-11 items-center text-sm underline">
        Library
      </a>
      <div className="mt-2 flex items-center gap-3">
        <div className="min-w-0">
          <h1 className="font-serif text-3xl font-semibold break-words">{page.name}</h1>
          <p className="text-sm text-muted">
            <span className="tracking-wide uppercase">{KIND_WORDS[page.kind]}</span> ·{' '}
            {count(page.quotes.length, 'quotation')} in {count(articles, 'article')}
          </p>
        </div>
      </div>
      {page.aliases.length > 0 && (
        <p className="mt-3 text-sm">
          <span className="text-muted">Also named: </span>
          {page.aliases.join(', ')}
        </p>
      )}
      <div className="mt-4">
        <DownloadButtons
          label="Download these quotations:"
          file={`verbatim-${page.key}`}
          of={`Quotations of ${page.name}`}
          records={() => speakerRecords(page, window.location.href)}
        />
      </div>
    </header>
  );
}
