import { useQueryClient } from '@tanstack/react-query';

import { toOverrides, type Correction } from '@/content/corrections/schema';
import { refreshArticle } from '@/lib/api/article';
import { useCatalog } from '@/lib/api/catalog';
import { useLocalList } from '@/lib/api/local-articles';
import { clearCorrections, removeCorrection, useCorrections } from '@/lib/corrections';
import { downloadFile, JSON_TYPE } from '@/lib/export/download';
import { href, routes } from '@/lib/router';

import { groupByArticle } from '../lib/describe';
import { ClearAll } from './clear-all';
import { CorrectionRow } from './correction-row';

export const OVERRIDES_DOWNLOAD = 'verbatim-overrides.json';

const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-rule px-3 text-sm font-medium hover:bg-rule';

/**
 * The reader's corrections by article, each with Undo; the lot as an overrides file an editor puts in the
 * content folder (README, "Corrections"), or cleared.
 */
export function CorrectionsView() {
  const corrections = useCorrections();
  const client = useQueryClient();
  const titles = useTitles();
  const groups = groupByArticle(corrections);

  const undo = (c: Correction) => {
    removeCorrection(c);
    void refreshArticle(client, c.article);
  };
  const clear = () => {
    clearCorrections();
    for (const [id] of groups) void refreshArticle(client, id);
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold">Your corrections</h1>
      <p className="mt-2 text-muted">
        Speakers, kinds and “not a quotation” you set in the reader. They are kept in this browser only and
        shown in the articles as corrected. Search and speaker pages reflect the text as it was built until an
        editor applies the overrides file to the library.
      </p>
      {corrections.length === 0 ? (
        <p className="mt-6">
          No corrections yet. To make one, open a quotation’s card in an article and choose “Correct…”.{' '}
          <a href={href(routes.library())} className="inline-flex min-h-11 items-center underline">
            Go to the library
          </a>
        </p>
      ) : (
        <>
          <div className="mt-6 flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={BUTTON}
              onClick={() =>
                downloadFile(
                  OVERRIDES_DOWNLOAD,
                  `${JSON.stringify(toOverrides(corrections), null, 2)}\n`,
                  JSON_TYPE,
                )
              }
            >
              Download overrides file
            </button>
            <ClearAll count={corrections.length} onClear={clear} />
          </div>
          {groups.map(([id, list]) => (
            <section key={id} aria-labelledby={`corrections-${id}`} className="mt-8">
              <h2 id={`corrections-${id}`} className="font-serif text-xl font-semibold">
                <a href={href(routes.article(id))} className="underline">
                  {titles.get(id) ?? id}
                </a>
              </h2>
              <ul className="mt-2 divide-y divide-rule border-y border-rule">
                {list.map((c) => (
                  <CorrectionRow
                    key={`${String(c.target.span[0])}-${c.target.text}`}
                    correction={c}
                    onUndo={undo}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

/** Article titles by id, bundled and imported. */
function useTitles(): Map<string, string> {
  const catalog = useCatalog();
  const local = useLocalList();
  return new Map([
    ...catalog.articles.map((a) => [a.id, a.title] as const),
    ...local.entries.map(({ entry }) => [entry.id, entry.title] as const),
  ]);
}
