// npm run bench:search: the app's search index against archives of 1,000 and 10,000 synthetic articles
// (news-corpus.ts: about 600 words each, Zipf vocabulary, quotations and speakers through the real engine),
// with MiniSearch (default options) on the same articles in the same run for comparison.
//
//   build        buildSearchIndex over the analysed articles (the content build's own call)
//   transfer     bytes (raw, gzip) a browser downloads for results: manifest, term shards, doc shards and
//                the shown results' article files; for the first keystroke, a whole query typed, and each
//                further query of a session
//   latency      Node, warm: the typed string to the suggestions' snippets, 200 queries
//   keystroke    Chromium: keydown to the suggestions for that value painted, 200 queries typed one
//                character at a time against the real app built over the same archive (search-browser.ts)
//
//   --articles N   one archive of N articles (default: 1,000 and 10,000)
//   --json         the figures as JSON on stdout (the table goes to stderr)
//   --no-browser   Node figures only (no app build, no Chromium)
//   --no-minisearch  skip MiniSearch (at 100,000 articles it takes many minutes and GBs of heap)
//   --port P       the static server's port for the browser run (default 4531)
// Never asserts a time: it prints figures and targets, and exits 0 unless something throws.

import { cpus, loadavg } from 'node:os';

import { measureBrowser, type BrowserFigures } from './search-browser';
import { buildCorpus, CORPUS_SEED, type Sized } from './search-corpus';
import {
  measureMiniSearch,
  measureOurs,
  type MiniSearchFigures,
  type NodeFigures,
  type Spread,
} from './search-node';
import { benchQueries } from './search-queries';

const TARGETS = {
  keystrokeP95Ms: 50,
  firstResultGzip: 1.5e6,
  furtherGzip: 300e3,
  buildSeconds: 90,
} as const;

interface Args {
  readonly sizes: readonly number[];
  readonly json: boolean;
  readonly browser: boolean;
  readonly miniSearch: boolean;
  readonly port: number;
}

function parseArgs(argv: readonly string[]): Args {
  let sizes: number[] = [1_000, 10_000];
  let json = false;
  let browser = true;
  let miniSearch = true;
  let port = 4531;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--articles') sizes = [Number(argv[++i])];
    else if (arg === '--json') json = true;
    else if (arg === '--no-browser') browser = false;
    else if (arg === '--no-minisearch') miniSearch = false;
    else if (arg === '--port') port = Number(argv[++i]);
    else
      throw new Error(`unknown argument ${String(arg)} (see the comment at the top of test/bench/search.ts)`);
  }
  if (sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error('--articles takes a whole number ≥ 10');
  return { sizes, json, browser, miniSearch, port };
}

interface Run {
  readonly articles: number;
  readonly corpus: {
    readonly sourceMB: number;
    readonly quotes: number;
    readonly analyseSeconds: number;
    readonly catalog: Sized;
  };
  readonly ours: NodeFigures;
  readonly miniSearch: MiniSearchFigures | null;
  readonly browser: BrowserFigures | null;
}

async function runSize(n: number, args: Args): Promise<Run> {
  const log = (msg: string) => console.error(msg);
  log(`[${String(n)}] generating and analysing…`);
  const corpus = buildCorpus(n, (done) => log(`  ${String(done)} articles`));
  const queries = benchQueries(corpus.articles);
  log(`[${String(n)}] our index…`);
  const ours = measureOurs(corpus, queries);
  if (args.miniSearch) log(`[${String(n)}] MiniSearch…`);
  const miniSearch = args.miniSearch ? measureMiniSearch(corpus.articles, queries) : null;
  const browser = args.browser ? await measureBrowser(n, queries, args.port, log) : null;
  return {
    articles: n,
    corpus: {
      sourceMB: corpus.sourceBytes / 1e6,
      quotes: corpus.quotes,
      analyseSeconds: corpus.seconds,
      catalog: corpus.catalog,
    },
    ours,
    miniSearch,
    browser,
  };
}

const kb = (bytes: number): string => (bytes / 1e3).toFixed(bytes < 10e3 ? 1 : 0);
const ms = (x: number): string => x.toFixed(x < 10 ? 2 : 1);
const both = (s: Sized): string => `${kb(s.raw)} / ${kb(s.gzip)}`;
const sp = (s: Spread, f: (x: number) => string): string => `${f(s.median)} / ${f(s.p95)}`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`;

/** Gzip bytes by kind of file as percentages, biggest first. */
function shares(byKind: Readonly<Record<string, number>>): string {
  const all = Object.values(byKind).reduce((a, b) => a + b, 0);
  return Object.entries(byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${String(Math.round((100 * v) / all))}%`)
    .join(', ');
}

function table(runs: readonly Run[]): string {
  const rows: [string, ...string[]][] = [];
  const add = (label: string, cell: (r: Run) => string) => rows.push([label, ...runs.map(cell)]);
  add('articles', (r) => r.articles.toLocaleString('en'));
  add(
    'source MB / quotations',
    (r) => `${r.corpus.sourceMB.toFixed(1)} / ${r.corpus.quotes.toLocaleString('en')}`,
  );
  add('generate + analyse (s)', (r) => r.corpus.analyseSeconds.toFixed(1));
  add('catalog.json KB raw / gzip', (r) => both(r.corpus.catalog));
  add('— ours —', () => '');
  add('index build (ms)', (r) => r.ours.buildMs.toFixed(0));
  add('index files / term shards', (r) => `${String(r.ours.files)} / ${String(r.ours.termShards)}`);
  add('index total KB raw / gzip', (r) => both(r.ours.index));
  add('manifest KB raw / gzip', (r) => both(r.ours.manifest));
  add('largest term shard KB raw / gzip', (r) => both(r.ours.largestShard));
  add('1st keystroke KB gzip med / p95', (r) => sp(r.ours.firstKeystroke.gzip, kb));
  add('1st keystroke KB gzip max', (r) => kb(r.ours.firstKeystroke.gzip.max));
  add('query typed, cold, KB gzip med / p95', (r) => sp(r.ours.typed.gzip, kb));
  add('query typed, cold, KB gzip max', (r) => kb(r.ours.typed.gzip.max));
  add('further query KB gzip med / p95', (r) => sp(r.ours.further.gzip, kb));
  add('further query KB gzip max', (r) => kb(r.ours.further.gzip.max));
  add('  typed, cold: share by file kind', (r) => shares(r.ours.typedByKind));
  add('  further queries: share by file kind', (r) => shares(r.ours.furtherByKind));
  add('Node query ms med / p95', (r) => sp(r.ours.latencyMs, ms));
  for (const kind of ['name', 'common', 'rare', 'phrase', 'prefix', 'typo', 'two words'])
    add(`  ${kind}`, (r) => {
      const s = r.ours.latencyByKind[kind];
      return s ? sp(s, ms) : 'n/a';
    });
  add('heap, whole index parsed (MB)', (r) => r.ours.heapMB.toFixed(0));
  add('— browser —', () => '');
  add('vite build (s)', (r) => (r.browser ? r.browser.buildSeconds.toFixed(1) : 'n/a'));
  add('keystroke→paint ms med / p95', (r) => (r.browser ? sp(r.browser.keystrokeMs, ms) : 'n/a'));
  add('keystroke→snippets painted ms med / p95', (r) => (r.browser ? sp(r.browser.snippetsMs, ms) : 'n/a'));
  add('keystrokes measured / timeouts / unchanged', (r) =>
    r.browser
      ? `${String(r.browser.keystrokes)} / ${String(r.browser.timeouts)} / ${String(r.browser.unchanged)}`
      : 'n/a',
  );
  add('1st result, incl. JS, KB raw / gzip', (r) => (r.browser ? both(r.browser.firstResult) : 'n/a'));
  add('search in initial load?', (r) => (r.browser ? (r.browser.searchInInitialLoad ? 'YES' : 'no') : 'n/a'));
  const mini = (cell: (m: MiniSearchFigures, r: Run) => string) => (r: Run) =>
    r.miniSearch ? cell(r.miniSearch, r) : 'n/a';
  add('— MiniSearch (defaults) —', () => '');
  add(
    'build (ms)',
    mini((m) => m.buildMs.toFixed(0)),
  );
  add(
    'serialized index KB raw / gzip',
    mini((m) => both(m.index)),
  );
  add(
    'Node query ms med / p95',
    mini((m) => sp(m.latencyMs, ms)),
  );
  add(
    'heap (MB)',
    mini((m) => m.heapMB.toFixed(0)),
  );
  add('— ours ÷ MiniSearch —', () => '');
  add(
    'build time',
    mini((m, r) => ratio(r.ours.buildMs, m.buildMs)),
  );
  add(
    '1st keystroke gzip (p95) ÷ its index',
    mini((m, r) => ratio(r.ours.firstKeystroke.gzip.p95, m.index.gzip)),
  );
  add(
    'query typed gzip (p95) ÷ its index',
    mini((m, r) => ratio(r.ours.typed.gzip.p95, m.index.gzip)),
  );
  add(
    'whole index gzip',
    mini((m, r) => ratio(r.ours.index.gzip, m.index.gzip)),
  );
  add(
    'Node query p95',
    mini((m, r) => ratio(r.ours.latencyMs.p95, m.latencyMs.p95)),
  );
  add(
    'heap',
    mini((m, r) => ratio(r.ours.heapMB, m.heapMB)),
  );
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart((widths[c] ?? 0) + 2)))
        .join(''),
    )
    .join('\n');
}

function verdicts(runs: readonly Run[]): string[] {
  const out: string[] = [];
  const check = (pass: boolean, text: string) => out.push(`${pass ? 'PASS' : 'FAIL'} ${text}`);
  for (const r of runs) {
    const n = r.articles.toLocaleString('en');
    if (r.browser) {
      check(
        r.browser.keystrokeMs.p95 <= TARGETS.keystrokeP95Ms,
        `${n}: keystroke→paint p95 ${ms(r.browser.keystrokeMs.p95)} ms ≤ 50`,
      );
      check(
        r.browser.buildSeconds <= TARGETS.buildSeconds,
        `${n}: vite build ${r.browser.buildSeconds.toFixed(1)} s ≤ 90`,
      );
      check(!r.browser.searchInInitialLoad, `${n}: no search code or index in the initial load`);
      check(
        r.browser.firstResult.gzip <= TARGETS.firstResultGzip,
        `${n}: first result in the browser ${kb(r.browser.firstResult.gzip)} KB gzip ≤ 1,500 (JS included)`,
      );
    }
    check(
      r.ours.typed.gzip.max <= TARGETS.firstResultGzip,
      `${n}: any query typed on a cold cache ≤ 1,500 KB gzip (max ${kb(r.ours.typed.gzip.max)})`,
    );
    check(
      r.ours.further.gzip.p95 <= TARGETS.furtherGzip,
      `${n}: further queries ≤ 300 KB gzip (p95 ${kb(r.ours.further.gzip.p95)}, max ${kb(r.ours.further.gzip.max)})`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const environment = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAtStart: loadavg()[0] ?? null,
    seed: CORPUS_SEED,
  };
  const runs: Run[] = [];
  for (const n of args.sizes) runs.push(await runSize(n, args));
  const seconds = (performance.now() - started) / 1000;
  // With --json the figures go to stdout and the table to stderr, so a long run can keep both.
  const print = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  if (args.json) console.log(JSON.stringify({ environment, targets: TARGETS, runs, seconds }, null, 2));
  print(
    `Verbatim search benchmark: node ${environment.node}, ${String(environment.cores)} × ${environment.cpu}, ` +
      `load ${environment.loadAtStart?.toFixed(2) ?? 'n/a'} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end; corpus seed ${String(CORPUS_SEED)}`,
  );
  print('(med / p95 over 200 queries; KB = 1,000 bytes)\n');
  print(table(runs));
  print('');
  for (const line of verdicts(runs)) print(line);
  print(`total ${seconds.toFixed(0)} s`);
}

await main();
