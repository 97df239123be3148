// The importer's Web Worker: the engine takes about a second per megabyte, and storing the article a
// moment more, which the page must not freeze for. One request in, a message per stage, the article
// as soon as it is made (the page reads it while it is saved), then `done` once it is saved or with the
// problem; the page terminates the worker to cancel (a save cut short is rolled back: nothing is kept),
// and makes a new one for each import so nothing is left over.

import { getLocalArticles } from '@/lib/local-articles';

import { importAndSave } from './import-and-save';
import type { ImportRequest, Stage } from './import-source';

export type WorkerMessage =
  | { readonly type: 'stage'; readonly stage: Stage }
  /**
   * The article analysed, as JSON, before it is saved (the page parses a megabyte article far faster than
   * it takes a structured clone): the page reads it while the worker stores it.
   */
  | { readonly type: 'article'; readonly json: string }
  /** The end: `null` once the article sent before is saved, or else the outcome (a problem) as JSON. */
  | { readonly type: 'done'; readonly outcome: string | null };

// The DOM types describe a window; this file runs in a dedicated worker, whose postMessage takes no origin.
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

scope.onmessage = (event) => {
  importAndSave(
    event.data,
    (stage) => scope.postMessage({ type: 'stage', stage }),
    getLocalArticles(),
    (json) => scope.postMessage({ type: 'article', json }),
  ).then(
    (outcome) => scope.postMessage({ type: 'done', outcome }),
    // An engine failure, thrown again outside the promise: the page hears of it as a worker error
    // (`onerror` in run-import.ts) rather than waiting for an outcome that will not come.
    (e: unknown) =>
      setTimeout(() => {
        throw e instanceof Error ? e : new Error(String(e));
      }),
  );
};
