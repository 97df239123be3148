// The whole import, in the Web Worker (analyze.worker.ts) or, in tests, in the page: the steps of
// import-source.ts, then the article saved in this browser. Saving happens here, beside the analysis,
// rather than in the page: IndexedDB copies what it stores on the calling thread, a long moment for a
// megabyte article (a few hundred milliseconds on a phone) that froze the page. The article is turned
// into JSON once, for storage and for the page.

import { describeStorageError, type LocalArticles } from '@/lib/local-articles';

import { importSource, type ImportRequest, type Stage } from './import-source';

export const RETRY = 'Nothing was saved, and your text is still here: try again.';

/**
 * The outcome (an `ImportOutcome`) as JSON, with the article saved when it is a success. Given `early`,
 * the article's JSON goes to it as soon as it is made, before the save, and a success is then `null`:
 * the page reads the article while the worker stores it (on a phone, both take a few hundred
 * milliseconds for a megabyte), and shows it once the save is done. A failure to save comes after it.
 */
export function importAndSave(
  request: ImportRequest,
  onStage: (stage: Stage) => void,
  store: LocalArticles,
): Promise<string>;
export function importAndSave(
  request: ImportRequest,
  onStage: (stage: Stage) => void,
  store: LocalArticles,
  early: (json: string) => void,
): Promise<string | null>;
export async function importAndSave(
  request: ImportRequest,
  onStage: (stage: Stage) => void,
  store: LocalArticles,
  early?: (json: string) => void,
): Promise<string | null> {
  const outcome = importSource(request, onStage);
  if (!outcome.ok) return JSON.stringify(outcome);
  onStage('save');
  const json = JSON.stringify(outcome.article);
  early?.(json);
  try {
    await store.save(outcome.article, Date.now(), json);
  } catch (e) {
    return JSON.stringify({ ok: false, problems: [{ message: describeStorageError(e), fix: RETRY }] });
  }
  return early ? null : `{"ok":true,"article":${json}}`;
}
