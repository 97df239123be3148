// Runs an import in a fresh Web Worker (analyze.worker.ts), reporting its stages; `cancel` terminates it.

import type { ImportOutcome, ImportRequest, Stage } from './import-source';
import type { WorkerMessage } from './analyze.worker';

export interface ImportJob {
  readonly outcome: Promise<ImportOutcome>;
  /** Stops the worker at once; `outcome` then never settles. */
  cancel(): void;
}

export function runImport(request: ImportRequest, onStage: (stage: Stage) => void): ImportJob {
  const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'stage') {
        onStage(message.stage);
        return;
      }
      worker.terminate();
      // Made by JSON.stringify in the worker from plain data (the article passed its schema there).
      resolve(JSON.parse(message.outcome) as ImportOutcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The analysis could not start.'));
    };
  });
  // A file's bytes move to the worker rather than being copied.
  worker.postMessage(request, 'bytes' in request.source ? [request.source.bytes.buffer] : []);
  return { outcome, cancel: () => worker.terminate() };
}
