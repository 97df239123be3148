// Articles a reader imported, kept in this browser (IndexedDB): they survive reloads, work offline and
// never leave the device. Two object stores, written together in one transaction:
//   entries   { id, entry: CatalogEntry, addedAt }   small, what the library lists
//   articles  { id, article: JSON of an Article }    the whole article, read when it is opened
// Records are validated with the content schemas when read back, as a downloaded file is: storage can be
// edited by hand, or written by an older version. The logic sits over a three-method backend so tests run
// it on a Map (`memoryBackend`); the journeys in test/e2e run it on the real IndexedDB.

import { toCatalogEntry } from '@/content/derive';
import { safeParseArticle } from '@/content/fast-parse';
import { isLocalId } from '@/content/paths';
import { Catalog, SCHEMA_VERSION, type Article, type CatalogEntry } from '@/content/schema';

import { ContentLoadError } from './api/fetch-json';

export type StoreName = 'entries' | 'articles';

export interface LocalEntry {
  readonly entry: CatalogEntry;
  /** Milliseconds since the epoch: the library shows the newest import first. */
  readonly addedAt: number;
}

/** Everything stored for one article: what delete hands back so that Undo can put it again. */
export interface LocalRecord extends LocalEntry {
  readonly article: Article;
}

export interface LocalList {
  readonly entries: readonly LocalEntry[];
  /** Why local articles cannot be listed (storage unavailable), for the library to say; null if they can. */
  readonly problem: string | null;
}

/** The little of IndexedDB the logic needs; `write` is one transaction over both stores. */
export interface Backend {
  getAll(store: StoreName): Promise<unknown[]>;
  get(store: StoreName, id: string): Promise<unknown>;
  write(
    puts: readonly (readonly [StoreName, unknown])[],
    deletes: readonly (readonly [StoreName, string])[],
  ): Promise<void>;
}

/** A storage failure, with a message a reader can act on. */
export class LocalStorageError extends Error {
  override readonly name = 'LocalStorageError';
}

const UNAVAILABLE =
  'This browser does not let Verbatim store articles (storage is off, or this is a private window).';
const FULL =
  'There is no room left to store this article in this browser. Delete some imported articles, or free ' +
  'space on the device, and try again.';

/** What went wrong with storage, said for a reader. */
export function describeStorageError(e: unknown): string {
  if (e instanceof LocalStorageError) return e.message;
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return FULL;
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotSupportedError')
    return UNAVAILABLE;
  return `The browser's storage failed (${e instanceof Error ? e.message : String(e)}).`;
}

export interface LocalArticles {
  list(): Promise<LocalList>;
  get(id: string): Promise<Article>;
  /** Every local article, whole: for search. Damaged ones are left out. */
  all(): Promise<Article[]>;
  /** `json`: the article as JSON, when the caller has made it already (the importer, for the page too). */
  save(article: Article, addedAt?: number, json?: string): Promise<LocalRecord>;
  /** Removes it and returns what was removed (for Undo), or null if there was nothing. */
  remove(id: string): Promise<LocalRecord | null>;
  restore(record: LocalRecord): Promise<void>;
}

export function localArticles(backend: () => Promise<Backend>): LocalArticles {
  const run = async <T>(work: (b: Backend) => Promise<T>): Promise<T> => {
    let b: Backend;
    try {
      b = await backend();
    } catch (e) {
      throw new LocalStorageError(describeStorageError(e));
    }
    try {
      return await work(b);
    } catch (e) {
      if (e instanceof ContentLoadError) throw e;
      throw new LocalStorageError(describeStorageError(e));
    }
  };

  const readArticle = (id: string, value: unknown): Article => {
    const stored = isRecord(value) ? value['article'] : undefined;
    const parsed = safeParseArticle(typeof stored === 'string' ? parseJson(stored) : stored);
    if (!parsed.success || parsed.data.id !== id) {
      throw new ContentLoadError(
        'This imported article is damaged and cannot be shown. Delete it in the library and import it again.',
        parsed.success ? `stored under ${id} but holds ${parsed.data.id}` : parsed.error.message,
        false,
      );
    }
    return parsed.data;
  };

  const put = (b: Backend, record: LocalRecord, json = JSON.stringify(record.article)) =>
    b.write(
      [
        // The article as JSON: IndexedDB copies what it is given on the calling thread, and a megabyte
        // article as objects takes it far longer than a string. Records written as objects by earlier
        // versions are read as well.
        ['articles', { id: record.entry.id, article: json }],
        ['entries', { id: record.entry.id, entry: record.entry, addedAt: record.addedAt }],
      ],
      [],
    );

  return {
    async list() {
      try {
        const rows = await run((b) => b.getAll('entries'));
        const entries = rows.flatMap((row): LocalEntry[] => {
          if (!isRecord(row) || typeof row['addedAt'] !== 'number') return [];
          const parsed = Catalog.safeParse({ schemaVersion: SCHEMA_VERSION, articles: [row['entry']] });
          const entry = parsed.success ? parsed.data.articles[0] : undefined;
          return entry && isLocalId(entry.id) ? [{ entry, addedAt: row['addedAt'] }] : [];
        });
        return { entries: entries.sort((a, b) => b.addedAt - a.addedAt), problem: null };
      } catch (e) {
        return { entries: [], problem: describeStorageError(e) };
      }
    },

    get: (id) =>
      run(async (b) => {
        const value = await b.get('articles', id);
        if (value === undefined) {
          throw new ContentLoadError(
            'This imported article is not in this browser: it was deleted, or imported in another browser.',
            `no record ${id}`,
            false,
          );
        }
        return readArticle(id, value);
      }),

    all: () =>
      run(async (b) =>
        (await b.getAll('articles')).flatMap((value) => {
          const id = isRecord(value) && typeof value['id'] === 'string' ? value['id'] : '';
          try {
            return [readArticle(id, value)];
          } catch {
            return [];
          }
        }),
      ),

    save: (article, addedAt = Date.now(), json) =>
      run(async (b) => {
        if (!isLocalId(article.id)) throw new Error(`${article.id} is not a local article id`);
        const record: LocalRecord = { entry: toCatalogEntry(article), addedAt, article };
        await put(b, record, json);
        return record;
      }),

    remove: (id) =>
      run(async (b) => {
        const [entryRow, articleRow] = await Promise.all([b.get('entries', id), b.get('articles', id)]);
        await b.write(
          [],
          [
            ['entries', id],
            ['articles', id],
          ],
        );
        if (!isRecord(entryRow) || typeof entryRow['addedAt'] !== 'number') return null;
        try {
          const article = readArticle(id, articleRow);
          return { entry: toCatalogEntry(article), addedAt: entryRow['addedAt'], article };
        } catch {
          return null;
        }
      }),

    restore: (record) => run((b) => put(b, record)),
  };
}

/** A stored JSON text, or undefined when it is none (the schema then says the record is damaged). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A backend on a Map, for tests and for browsers where a test stubs storage out. */
export function memoryBackend(): Backend & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const key = (store: StoreName, id: string) => `${store}/${id}`;
  return {
    data,
    getAll: (store) =>
      Promise.resolve(
        [...data.entries()].filter(([k]) => k.startsWith(`${store}/`)).map(([, v]) => structuredClone(v)),
      ),
    get: (store, id) => Promise.resolve(structuredClone(data.get(key(store, id)))),
    write: (puts, deletes) => {
      for (const [store, value] of puts) {
        const id = isRecord(value) && typeof value['id'] === 'string' ? value['id'] : '';
        data.set(key(store, id), structuredClone(value));
      }
      for (const [store, id] of deletes) data.delete(key(store, id));
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'verbatim';
const DB_VERSION = 1;
const STORES: readonly StoreName[] = ['entries', 'articles'];

/** The IndexedDB backend: one database, opened once, its two stores keyed by `id`. */
export function indexedDbBackend(): Promise<Backend> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new LocalStorageError(UNAVAILABLE));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    request.onupgradeneeded = () => {
      for (const store of STORES) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store, { keyPath: 'id' });
      }
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () =>
      reject(
        new LocalStorageError(
          'Verbatim is open in another tab with an older version: close it and try again.',
        ),
      );
    request.onsuccess = () => resolve(wrap(request.result));
  });
}

function wrap(db: IDBDatabase): Backend {
  const ask = <T>(request: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  return {
    getAll: (store) => ask(db.transaction(store, 'readonly').objectStore(store).getAll()),
    get: (store, id) => ask(db.transaction(store, 'readonly').objectStore(store).get(id)),
    write: (puts, deletes) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(STORES, 'readwrite');
        for (const [store, value] of puts) tx.objectStore(store).put(value);
        for (const [store, id] of deletes) tx.objectStore(store).delete(id);
        tx.oncomplete = () => resolve();
        // A quota error arrives as the transaction's abort, with the error on the transaction.
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      }),
  };
}

let shared: LocalArticles | null = null;
let opened: Promise<Backend> | null = null;

/** The app's local articles, on IndexedDB (opened on first use; a failed open is retried next time). */
export function getLocalArticles(): LocalArticles {
  shared ??= localArticles(
    () =>
      (opened ??= indexedDbBackend().catch((e: unknown) => {
        opened = null;
        throw e;
      })),
  );
  return shared;
}
