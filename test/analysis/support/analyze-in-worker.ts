// Runs `analyze` in a worker thread that is terminated after a deadline. `analyze` is synchronous, so in
// the test's own thread a quadratic step on a 5 MB article would block the whole run for minutes before
// Vitest could report the timeout; in a worker the test fails at the deadline and the run goes on.

import { Worker } from 'node:worker_threads';

import type { Analysis } from '@/analysis';

const ENGINE = new URL('../../../src/analysis/index.ts', import.meta.url).href;

// The worker loads the TypeScript engine through tsx, as the CLI does (the tests run from the repo root).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import('tsx/esm/api')
  .then(({ tsImport }) => tsImport(workerData.engine, workerData.engine))
  .then(({ analyze }) => parentPort.postMessage(analyze(workerData.input)));
`;

export function analyzeInWorker(input: string, deadlineMs: number): Promise<Analysis> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { input, engine: ENGINE },
  });
  return new Promise<Analysis>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `analyze did not finish within ${String(deadlineMs)} ms on ${String(input.length)} characters`,
        ),
      );
      void worker.terminate();
    }, deadlineMs);
    worker.once('message', (result: Analysis) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
