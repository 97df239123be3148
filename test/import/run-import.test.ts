// The import's worker: started ahead by the add view, taken by the next import, and one per import.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { prepareImport, runImport } from '@/features/import/lib/run-import';
import type { ImportRequest } from '@/features/import/lib/import-source';

/** A Worker that records what is done to it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const REQUEST: ImportRequest = {
  source: { text: 'Title\n\nText.' },
  title: null,
  url: null,
  nonce: 'abc123',
};

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the import worker', () => {
  it('is started ahead and taken by the next import, which posts to it', () => {
    const stop = prepareImport();
    expect(FakeWorker.made).toHaveLength(1);
    runImport(REQUEST, () => undefined);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.posted).toEqual([REQUEST]);
    // Taken: leaving the view no longer stops it (cancelling the import does).
    stop();
    expect(FakeWorker.made[0]?.terminated).toBe(false);
  });

  it('is a new one for each import after the first', () => {
    const stop = prepareImport();
    runImport(REQUEST, () => undefined).cancel();
    runImport(REQUEST, () => undefined);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect(FakeWorker.made[1]?.posted).toEqual([REQUEST]);
    stop();
  });

  it('started ahead is stopped when the view closes without an import', () => {
    const stop = prepareImport();
    // Asked twice (React runs an effect twice in development): still one worker.
    prepareImport();
    expect(FakeWorker.made).toHaveLength(1);
    stop();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    runImport(REQUEST, () => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('reads the article while the worker saves it, and gives it once the worker says it is saved', async () => {
    const job = runImport(REQUEST, () => undefined);
    const worker = FakeWorker.made[0];
    let settled = false;
    void job.outcome.then(() => (settled = true));
    worker?.onmessage?.({ data: { type: 'article', json: '{"id":"local-a"}' } } as MessageEvent);
    await new Promise((r) => setTimeout(r, 10));
    // Parsed, not yet given: the save is not done.
    expect(settled).toBe(false);
    worker?.onmessage?.({ data: { type: 'done', outcome: null } } as MessageEvent);
    expect(await job.outcome).toEqual({ ok: true, article: { id: 'local-a' } });
    expect(worker?.terminated).toBe(true);
  });

  it('gives the problem, not the article read before, when the save fails', async () => {
    const job = runImport(REQUEST, () => undefined);
    const worker = FakeWorker.made[0];
    worker?.onmessage?.({ data: { type: 'article', json: '{"id":"local-a"}' } } as MessageEvent);
    const problem = { ok: false, problems: [{ message: 'full', fix: 'free space' }] };
    worker?.onmessage?.({ data: { type: 'done', outcome: JSON.stringify(problem) } } as MessageEvent);
    expect(await job.outcome).toEqual(problem);
  });

  it('cancelled, reads nothing more and gives nothing', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const job = runImport(REQUEST, () => undefined);
    const worker = FakeWorker.made[0];
    let settled = false;
    void job.outcome.then(() => (settled = true));
    worker?.onmessage?.({ data: { type: 'article', json: '{"id":"local-a"}' } } as MessageEvent);
    job.cancel();
    await new Promise((r) => setTimeout(r, 10));
    expect(worker?.terminated).toBe(true);
    expect(parse).not.toHaveBeenCalled();
    expect(settled).toBe(false);
  });

  it('fails, rather than waiting, when the worker ends without the article or with words that are not JSON', async () => {
    const first = runImport(REQUEST, () => undefined);
    FakeWorker.made[0]?.onmessage?.({ data: { type: 'done', outcome: null } } as MessageEvent);
    await expect(first.outcome).rejects.toThrow(/without its article/);
    const second = runImport(REQUEST, () => undefined);
    FakeWorker.made[1]?.onmessage?.({ data: { type: 'article', json: '{"id":' } } as MessageEvent);
    FakeWorker.made[1]?.onmessage?.({ data: { type: 'done', outcome: null } } as MessageEvent);
    await expect(second.outcome).rejects.toThrow(SyntaxError);
  });
});
