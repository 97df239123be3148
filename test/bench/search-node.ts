// The Node half of the search benchmark: the app's index built by the app's own code, then queried the way
// the app queries it (src/features/search/api/search.ts), with every file a browser would download for
// each keystroke counted; and MiniSearch with default options on the same articles.

import { performance } from 'node:perf_hooks';

import MiniSearch from 'minisearch';

import { articlePath } from '@/content/paths';
import type { Article } from '@/content/schema';
import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry } from '@/content/search/document';
import {
  docShardFile,
  MANIFEST_PATH,
  snippetTextPath,
  type DocShard,
  type SearchManifest,
  type TailPage,
  type TermShard,
} from '@/content/search/format';
import { needsArticle, presentHits } from '@/content/search/present';
import { matchCount, parseQuery, search, shardsFor, tailsFor, type Loaded } from '@/content/search/query';
import { serializeContent } from '@/content/serialize';

import { sized, type BenchCorpus, type Sized } from './search-corpus';
import type { BenchQuery } from './search-queries';

/** The header field's suggestions (SUGGESTIONS in search-listbox.tsx). */
export const SHOWN = 6;
const WARMUP_ROUNDS = 1;

export interface Spread {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5) ?? NaN, p95: at(0.95) ?? NaN, max: sorted.at(-1) ?? NaN };
}

export interface Transfer {
  readonly raw: Spread;
  readonly gzip: Spread;
}

export interface NodeFigures {
  readonly buildMs: number;
  readonly files: number;
  readonly termShards: number;
  readonly index: Sized;
  readonly manifest: Sized;
  readonly largestShard: Sized;
  readonly latencyMs: Spread;
  readonly latencyByKind: Readonly<Record<string, Spread>>;
  /** Cold cache, the first character of each query: what its suggestions need. */
  readonly firstKeystroke: Transfer;
  /** Cold cache, each query typed one character at a time until its suggestions show. */
  readonly typed: Transfer;
  /** One session typing every query in turn: what each query adds to what the earlier ones fetched. */
  readonly further: Transfer;
  /** Of all the queries typed on a cold cache: gzip bytes by kind of file. */
  readonly typedByKind: Readonly<Record<string, number>>;
  /** Of the further queries: gzip bytes by kind of file. */
  readonly furtherByKind: Readonly<Record<string, number>>;
  readonly heapMB: number;
}

export interface MiniSearchFigures {
  readonly buildMs: number;
  readonly index: Sized;
  readonly latencyMs: Spread;
  readonly heapMB: number;
}

/** The built index as a browser sees it: files by path (under content/), parsed and sized. */
class SiteIndex {
  readonly values = new Map<string, unknown>();
  readonly sizes = new Map<string, Sized>();
  readonly manifest: SearchManifest;
  readonly loaded: Loaded;

  constructor(
    files: readonly (readonly [string, unknown])[],
    private readonly corpus: BenchCorpus,
  ) {
    for (const [path, value] of files) {
      // Parsed back from its text, as the browser gets it: nothing shared with the build's objects.
      const text = serializeContent(value);
      this.values.set(path, JSON.parse(text));
      this.sizes.set(path, sized(text));
    }
    this.manifest = this.values.get(MANIFEST_PATH) as SearchManifest;
    const shards = new Map<string, TermShard>();
    for (const s of this.manifest.shards) shards.set(s.file, this.values.get(s.file) as TermShard);
    this.loaded = { manifest: this.manifest, shards };
  }

  sizeOf(path: string): Sized {
    const size = this.sizes.get(path) ?? this.corpus.articleFiles.get(path);
    if (!size) throw new Error(`no file ${path}`);
    return size;
  }

  /** Runs `q` as the header field does and returns what it shows and every file that took. */
  run(q: string) {
    const query = parseQuery(q);
    const files = [MANIFEST_PATH, ...shardsFor(this.manifest, query)];
    const tailFiles = tailsFor(this.loaded, query, { limit: SHOWN });
    files.push(...tailFiles);
    const index = {
      ...this.loaded,
      tails: new Map(tailFiles.map((f) => [f, this.values.get(f) as TailPage])),
    };
    const ranked = search(index, query);
    // The app's snippet source (search.ts, snippetSourceQueryOptions) for a reader with no corrections.
    const textPath = this.manifest.offline.search ? articlePath : snippetTextPath;
    const shown = ranked.slice(0, SHOWN).map(({ doc, matches }) => {
      const file = docShardFile(this.manifest, doc);
      if (!file) throw new Error(`no docs shard for ${String(doc)}`);
      const docs = this.values.get(file) as DocShard;
      const entry = docs.docs[doc - docs.from];
      const article = this.corpus.articles[doc];
      if (!entry || !article) throw new Error(`no doc ${String(doc)}`);
      files.push(file);
      // As the app: the article's text only for a body hit among those shown.
      if (needsArticle(entry, matches, 1)) files.push(textPath(entry.id));
      return presentHits(entry, article, matches, 1);
    });
    return { files, shown, total: matchCount(index, query, ranked) };
  }
}

const FILE_KIND = /^(?:search\/)?([a-z]+)/;
const fileKind = (path: string): string => FILE_KIND.exec(path)?.[1] ?? path;

/** Every distinct trimmed value the field holds while `q` is typed one character at a time. */
export function keystrokes(q: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= q.length; i++) {
    const value = q.slice(0, i).trim();
    if (value && value !== out.at(-1)) out.push(value);
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

export function measureOurs(corpus: BenchCorpus, queries: readonly BenchQuery[]): NodeFigures {
  const t0 = performance.now();
  const built = buildSearchIndex(corpus.articles);
  const buildMs = performance.now() - t0;

  const heapBefore = heapMB();
  const site = new SiteIndex(built.files, corpus);
  const heap = heapMB() - heapBefore;
  let raw = 0;
  let gzip = 0;
  for (const s of site.sizes.values()) {
    raw += s.raw;
    gzip += s.gzip;
  }
  const shardSizes = site.manifest.shards.map((s) => site.sizeOf(s.file));

  // Latency: warm (every file parsed and in memory, as after the first fetch), the app's whole path from
  // the typed string to the suggestions' snippets.
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const q of queries) site.run(q.text);
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    site.run(q.text);
    const dt = performance.now() - t;
    all.push(dt);
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), dt]);
  }

  // Transfer: files by the set a cache would hold.
  const cost = (paths: Iterable<string>, cache: Set<string>) => {
    let r = 0;
    let g = 0;
    for (const p of paths) {
      if (cache.has(p)) continue;
      cache.add(p);
      const s = site.sizeOf(p);
      r += s.raw;
      g += s.gzip;
    }
    return { raw: r, gzip: g };
  };
  const byFile: Record<string, number> = {};
  const typedCost = (q: string, cache: Set<string>, byKind?: Record<string, number>) => {
    let r = 0;
    let g = 0;
    for (const value of keystrokes(q)) {
      const files = site.run(value).files;
      if (byKind)
        for (const p of new Set(files))
          if (!cache.has(p)) byKind[fileKind(p)] = (byKind[fileKind(p)] ?? 0) + site.sizeOf(p).gzip;
      const c = cost(files, cache);
      r += c.raw;
      g += c.gzip;
    }
    return { raw: r, gzip: g };
  };
  const first = queries.map((q) => cost(site.run(keystrokes(q.text)[0] ?? q.text).files, new Set()));
  const typed = queries.map((q) => {
    const cache = new Set<string>();
    const c = typedCost(q.text, cache);
    for (const p of cache) byFile[fileKind(p)] = (byFile[fileKind(p)] ?? 0) + site.sizeOf(p).gzip;
    return c;
  });
  const session = new Set<string>();
  const furtherByKind: Record<string, number> = {};
  const further = queries
    .map((q, i) => typedCost(q.text, session, i > 0 ? furtherByKind : undefined))
    .slice(1);
  const transfer = (list: readonly { raw: number; gzip: number }[]): Transfer => ({
    raw: spread(list.map((x) => x.raw)),
    gzip: spread(list.map((x) => x.gzip)),
  });

  return {
    buildMs,
    files: built.files.length,
    termShards: site.manifest.shards.length,
    index: { raw, gzip },
    manifest: site.sizeOf(MANIFEST_PATH),
    largestShard: shardSizes.reduce((a, b) => (b.raw > a.raw ? b : a), { raw: 0, gzip: 0 }),
    latencyMs: spread(all),
    latencyByKind: Object.fromEntries([...byKind].map(([k, v]) => [k, spread(v)])),
    firstKeystroke: transfer(first),
    typed: transfer(typed),
    further: transfer(further),
    typedByKind: byFile,
    furtherByKind,
    heapMB: heap,
  };
}

/** MiniSearch as its README sets it up: the fields to index, a field to show, default search options. */
export function measureMiniSearch(
  articles: readonly Article[],
  queries: readonly BenchQuery[],
): MiniSearchFigures {
  const docs = articles.map((a, id) => ({
    id,
    title: a.meta.title,
    speakers: docEntry(a)
      .speakers.map((s) => s.slice(1).join(' '))
      .join(' '),
    text: a.text,
  }));
  const heapBefore = heapMB();
  const t0 = performance.now();
  const mini = new MiniSearch({ fields: ['title', 'speakers', 'text'], storeFields: ['title'] });
  mini.addAll(docs);
  const buildMs = performance.now() - t0;
  const heap = heapMB() - heapBefore;
  const index = sized(JSON.stringify(mini));
  for (const q of queries) mini.search(q.text);
  const times = queries.map((q) => {
    const t = performance.now();
    mini.search(q.text);
    return performance.now() - t;
  });
  return { buildMs, index, latencyMs: spread(times), heapMB: heap };
}
