// The importer's Web Worker: the engine takes about a second per megabyte, which the page must not
// freeze for. One request in, a message per stage, then the outcome; the page terminates the worker to
// cancel, and makes a new one for each import so nothing is left over.

import { importSource, type ImportRequest, type Stage } from './import-source';

export type WorkerMessage =
  | { readonly type: 'stage'; readonly stage: Stage }
  /** The outcome as JSON: the page parses a megabyte article far faster than it takes a structured clone. */
  | { readonly type: 'done'; readonly outcome: string };

// The DOM types describe a window; this file runs in a dedicated worker, whose postMessage takes no origin.
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const outcome = importSource(event.data, (stage) => scope.postMessage({ type: 'stage', stage }));
  scope.postMessage({ type: 'done', outcome: JSON.stringify(outcome) });
};
