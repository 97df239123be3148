// The import as the worker runs it: analysed, saved in the store, and handed to the page as JSON; or a
// problem, with nothing saved.

import { describe, expect, it } from 'vitest';

import { importAndSave, RETRY } from '@/features/import/lib/import-and-save';
import type { ImportOutcome, ImportRequest, Stage } from '@/features/import/lib/import-source';
import { localArticles, memoryBackend } from '@/lib/local-articles';

const request = (text: string): ImportRequest => ({ source: { text }, title: null, url: null, nonce: 'n1' });
const TEXT = 'Pier reopens\n\n“The pier opens at dawn,” said Mara Velde, the harbour master.';

describe('importAndSave', () => {
  it('saves the article, then hands the page the same article, saving as its last stage', async () => {
    const backend = memoryBackend();
    const store = localArticles(() => Promise.resolve(backend));
    const stages: Stage[] = [];
    const outcome = JSON.parse(
      await importAndSave(request(TEXT), (s) => stages.push(s), store),
    ) as ImportOutcome;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(stages.at(-1)).toBe('save');
    expect(await store.get(outcome.article.id)).toEqual(outcome.article);
    expect((await store.list()).entries.map((e) => e.entry.title)).toEqual(['Pier reopens']);
  });

  it('says what went wrong when the browser cannot store it, and that nothing was saved', async () => {
    const full = new DOMException('full', 'QuotaExceededError');
    const store = localArticles(() => Promise.reject(full));
    const outcome = JSON.parse(await importAndSave(request(TEXT), () => undefined, store)) as ImportOutcome;
    if (outcome.ok) throw new Error('saved, though the storage was full');
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]?.message).toMatch(/no room left/);
    expect(outcome.problems[0]?.fix).toBe(RETRY);
  });

  it('with `early`, hands the article over before saving it, then says only that it is saved', async () => {
    const backend = memoryBackend();
    const store = localArticles(() => Promise.resolve(backend));
    const events: string[] = [];
    const save = store.save.bind(store);
    const outcome = await importAndSave(
      request(TEXT),
      () => undefined,
      { ...store, save: (...args) => (events.push('save'), save(...args)) },
      (json) => events.push(`article ${(JSON.parse(json) as { meta: { title: string } }).meta.title}`),
    );
    expect(outcome).toBeNull();
    expect(events).toEqual(['article Pier reopens', 'save']);
    expect((await store.list()).entries.map((e) => e.entry.title)).toEqual(['Pier reopens']);
  });

  it('with `early`, still says when the article it handed over could not be saved', async () => {
    const store = localArticles(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    const handed: string[] = [];
    const outcome = await importAndSave(
      request(TEXT),
      () => undefined,
      store,
      (json) => handed.push(json),
    );
    expect(handed).toHaveLength(1);
    const parsed = JSON.parse(outcome ?? 'null') as ImportOutcome;
    expect(parsed.ok).toBe(false);
  });

  it('saves nothing when the text is not an article', async () => {
    const backend = memoryBackend();
    const store = localArticles(() => Promise.resolve(backend));
    const stages: Stage[] = [];
    const outcome = JSON.parse(
      await importAndSave(request('“” «» ...'), (s) => stages.push(s), store),
    ) as ImportOutcome;
    expect(outcome.ok).toBe(false);
    expect(stages).not.toContain('save');
    expect((await store.list()).entries).toEqual([]);
  });
});
