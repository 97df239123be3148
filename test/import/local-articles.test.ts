// The local-article store's logic on an in-memory backend; the journeys (test/e2e/import.spec.ts) run the
// same code on the browser's IndexedDB.

import { describe, expect, it } from 'vitest';

import type { Article } from '@/content/schema';
import { importSource } from '@/features/import/lib/import-source';
import { ContentLoadError } from '@/lib/api/fetch-json';
import {
  describeStorageError,
  localArticles,
  LocalStorageError,
  memoryBackend,
  type Backend,
} from '@/lib/local-articles';

const make = (title: string, nonce: string): Article => {
  const outcome = importSource(
    {
      source: { text: `${title}\n\n“The pier opens at dawn,” said Mara Velde, the harbour master.` },
      title: null,
      url: null,
      nonce,
    },
    () => undefined,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.article;
};

const setup = () => {
  const backend = memoryBackend();
  return { backend, store: localArticles(() => Promise.resolve(backend)) };
};

describe('local articles', () => {
  it('saves an article and lists its catalog entry, newest first', async () => {
    const { store } = setup();
    const first = make('Ferries return', 'a1');
    const second = make('Pier reopens', 'b2');
    await store.save(first, 1000);
    await store.save(second, 2000);
    const { entries, problem } = await store.list();
    expect(problem).toBeNull();
    expect(entries.map((e) => e.entry.id)).toEqual([second.id, first.id]);
    expect(entries[0]?.entry.title).toBe('Pier reopens');
    expect(entries[0]?.entry.quotedSpeakers).toEqual(['Mara Velde']);
    expect(entries[0]?.addedAt).toBe(2000);
  });

  it('reads an article back as it was saved', async () => {
    const { store } = setup();
    const article = make('Ferries return', 'a1');
    await store.save(article);
    expect(await store.get(article.id)).toEqual(article);
    expect(await store.all()).toEqual([article]);
  });

  it('refuses to save an article without a local id', async () => {
    const { store } = setup();
    const article = { ...make('Ferries return', 'a1'), id: 'seed' } as Article;
    await expect(store.save(article)).rejects.toThrow(LocalStorageError);
  });

  it('says an unknown id is not in this browser, without a retry', async () => {
    const { store } = setup();
    const error = await store.get('local-missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentLoadError);
    expect((error as ContentLoadError).message).toMatch(/not in this browser/);
    expect((error as ContentLoadError).retryable).toBe(false);
  });

  it('says a damaged record is damaged, and leaves it out of the list and search', async () => {
    const { store, backend } = setup();
    const article = make('Ferries return', 'a1');
    await store.save(article);
    // Storage edited by hand: a quotation pointing past the text.
    const damaged = { ...article, quotes: [{ ...article.quotes[0], span: [0, 10 ** 9] }] };
    backend.data.set(`articles/${article.id}`, { id: article.id, article: damaged });
    backend.data.set('entries/local-junk', { id: 'local-junk', entry: { title: 42 }, addedAt: 1 });
    await expect(store.get(article.id)).rejects.toThrow(/damaged/);
    expect(await store.all()).toEqual([]);
    expect((await store.list()).entries.map((e) => e.entry.id)).toEqual([article.id]);
  });

  it('stores the article as JSON text, and still reads one an earlier version stored as objects', async () => {
    const { store, backend } = setup();
    const article = make('Ferries return', 'a1');
    await store.save(article);
    const row = backend.data.get(`articles/${article.id}`) as { article: unknown };
    expect(typeof row.article).toBe('string');
    expect(await store.get(article.id)).toEqual(article);
    backend.data.set(`articles/${article.id}`, { id: article.id, article });
    expect(await store.get(article.id)).toEqual(article);
    backend.data.set(`articles/${article.id}`, { id: article.id, article: '{"cut short' });
    await expect(store.get(article.id)).rejects.toThrow(/damaged/);
  });

  it('deletes both records, and Undo puts back exactly what was there', async () => {
    const { store, backend } = setup();
    const article = make('Ferries return', 'a1');
    await store.save(article, 1234);
    const removed = await store.remove(article.id);
    expect(backend.data.size).toBe(0);
    expect((await store.list()).entries).toEqual([]);
    expect(removed?.addedAt).toBe(1234);
    if (!removed) throw new Error('nothing removed');
    await store.restore(removed);
    expect(await store.get(article.id)).toEqual(article);
    expect((await store.list()).entries[0]?.addedAt).toBe(1234);
  });

  it('removing what is not there returns null', async () => {
    expect(await setup().store.remove('local-nothing')).toBeNull();
  });

  it('lists nothing, with the reason, when storage cannot be opened', async () => {
    const store = localArticles(() => Promise.reject(new DOMException('denied', 'SecurityError')));
    const { entries, problem } = await store.list();
    expect(entries).toEqual([]);
    expect(problem).toMatch(/does not let Verbatim store articles/);
    await expect(store.save(make('Ferries return', 'a1'))).rejects.toThrow(/does not let Verbatim store/);
  });

  it('says when storage is full', async () => {
    const full: Backend = {
      ...memoryBackend(),
      write: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    };
    const store = localArticles(() => Promise.resolve(full));
    await expect(store.save(make('Ferries return', 'a1'))).rejects.toThrow(/no room left/);
  });
});

describe('describeStorageError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), /no room left/],
    [new DOMException('x', 'SecurityError'), /private window/],
    [new DOMException('x', 'InvalidStateError'), /private window/],
    [new LocalStorageError('Close the other tab.'), /^Close the other tab\.$/],
    [new Error('disk on fire'), /storage failed \(disk on fire\)/],
  ])('%s', (error, message) => {
    expect(describeStorageError(error)).toMatch(message);
  });
});
