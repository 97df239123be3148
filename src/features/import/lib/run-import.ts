// Runs an import in a fresh Web Worker (analyze.worker.ts), reporting its stages; `cancel` terminates it.
// The add view starts the worker for its next import when it opens (`prepareImport`): loading the worker's
// code, the engine most of it, is then done while the reader pastes, not after the press.

import type { Article } from '@/content/schema';

import type { ImportOutcome, ImportRequest, Stage } from './import-source';
import type { WorkerMessage } from './analyze.worker';

export interface ImportJob {
  readonly outcome: Promise<ImportOutcome>;
  /** Stops the worker at once; `outcome` then never settles. */
  cancel(): void;
}

/** A worker started ahead and not yet given an import. */
let spare: Worker | null = null;

const startWorker = (): Worker =>
  new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });

/** Starts the next import's worker now; the returned function stops it if no import took it. */
export function prepareImport(): () => void {
  const worker = (spare ??= startWorker());
  return () => {
    if (spare !== worker) return;
    worker.terminate();
    spare = null;
  };
}

export function runImport(request: ImportRequest, onStage: (stage: Stage) => void): ImportJob {
  // Each import has a worker of its own, so nothing of one is left over in the next.
  const worker = spare ?? startWorker();
  spare = null;
  let cancelled = false;
  // The article, parsed while the worker saves it; shown once the worker says it is saved.
  let article: Promise<Article> | null = null;
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    // Made by JSON.stringify in the worker from plain data (the article passed its schema there). Parsed
    // in a task of its own: taking a megabyte article's message and parsing it are each some 200 ms on a
    // phone, and the page can draw a frame between them.
    const parse = <T>(json: string) =>
      new Promise<T>((done, fail) =>
        setTimeout(() => {
          if (cancelled) return;
          try {
            done(JSON.parse(json) as T);
          } catch (e) {
            fail(e instanceof Error ? e : new Error(String(e)));
          }
        }),
      );
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'stage') {
        onStage(message.stage);
        return;
      }
      if (message.type === 'article') {
        article = parse<Article>(message.json);
        return;
      }
      worker.terminate();
      if (message.outcome !== null) parse<ImportOutcome>(message.outcome).then(resolve, reject);
      else if (article) article.then((saved) => resolve({ ok: true, article: saved }), reject);
      else reject(new Error('The analysis ended without its article.'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The analysis could not start.'));
    };
  });
  // A file's bytes move to the worker rather than being copied.
  worker.postMessage(request, 'bytes' in request.source ? [request.source.bytes.buffer] : []);
  return {
    outcome,
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  };
}
