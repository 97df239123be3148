// What a reader's browser downloads to show an article, from the production build: index.html, the
// scripts and styles it names, and the reader route's chunk with everything it imports statically, each
// gzip-compressed as a static host would send it. Lazy code (search, the service worker's registration,
// the other views) is not counted, and must stay lazy. Prints the figures so a reviewer sees the
// margin; fails when the budget is broken.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Issue 5: initial HTML + JS + CSS for the reader route ≤ 100 KB gzip. */
const BUDGET_BYTES = 100 * 1024;
/**
 * A ceiling above the target while it is not met (null once it is). History: 105.7 KB went under 100 when
 * the speakers' list, the reading-progress bar, the update prompt and the not-found view went lazy; then
 * imported articles, speaker pages, search filters, route preloads and corrections brought it back to
 * 103.2 KB (105,636 bytes, 2026-12-01). Under again (2026-12-01): the header's controls arrive just after
 * the first paint, which draws their places (app/layout.tsx); the reader is part of the entry, one gzip
 * stream instead of four files; and the first screen's stylesheet holds only its own classes, the rest
 * coming with the complete one before any other view or lazy part is drawn (src/index.css).
 */
const NOT_YET_MET_CEILING: number | null = null;
/** The reader's route: a chunk of its own, or (as now) part of the entry. */
const READER_ROUTE = 'src/app/article-page.tsx';

const ManifestChunk = v.object({
  file: v.string(),
  isEntry: v.optional(v.boolean()),
  imports: v.optional(v.array(v.string())),
  css: v.optional(v.array(v.string())),
});
const Manifest = v.record(v.string(), ManifestChunk);
type Manifest = v.InferOutput<typeof Manifest>;

/**
 * The files index.html names itself (scripts, stylesheets), counted whether the manifest lists them or not.
 * The theme script and the first screen's stylesheet are inside it (src/content/first-paint.ts).
 */
const PAGE_FILE = /<(?:script[^>]*\ssrc|link rel="stylesheet"[^>]*\shref)="\.\/([^"]+)"/g;

let outDir = '';
let manifest: Manifest = {};

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'verbatim-budget-'));
  // A child process, as `npm run build` runs it: inside Vitest, NODE_ENV=test would bundle React's
  // development build.
  const env = { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  await promisify(execFile)(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'error',
    ],
    { env },
  );
  manifest = v.parse(Manifest, JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')));
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The chunk's file, its CSS and the same for every chunk it imports statically, each once. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

/** The scripts of the reader route's first download, joined. */
async function firstDownloadScripts(): Promise<string> {
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry) ?? '';
  const files = [...closure(READER_ROUTE, closure(entry))].filter((f) => f.endsWith('.js'));
  return (await Promise.all(files.map((f) => readFile(join(outDir, f), 'utf8')))).join('\n');
}

const gzipped = async (file: string) => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;

describe('the reader route’s first download', () => {
  it(`stays within ${kb(NOT_YET_MET_CEILING ?? BUDGET_BYTES)} gzip (target ${kb(BUDGET_BYTES)})`, async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    expect(entry).toBeDefined();
    const shell = closure(entry ?? '');
    const route = [...closure(READER_ROUTE, new Set(shell))].filter((f) => !shell.has(f));
    const named = [...html.matchAll(PAGE_FILE)].map((m) => m[1] ?? '').filter((f) => !shell.has(f));

    const rows: [string, string, number][] = [
      ['index.html', 'page', Buffer.byteLength(gzipSync(html, { level: 9 }))],
    ];
    for (const f of named) rows.push([f, 'page', await gzipped(f)]);
    for (const f of shell) rows.push([f, 'shell', await gzipped(f)]);
    for (const f of route) rows.push([f, 'reader route', await gzipped(f)]);
    const total = rows.reduce((sum, [, , n]) => sum + n, 0);
    console.log(
      [
        ...rows.map(([f, part, n]) => `  ${f.padEnd(44)} ${part.padEnd(13)} ${kb(n).padStart(9)}`),
        `  ${'total (gzip)'.padEnd(58)} ${kb(total).padStart(9)} of ${kb(BUDGET_BYTES)}: ` +
          `${((100 * total) / BUDGET_BYTES).toFixed(1)} %, ${bytes(BUDGET_BYTES - total)} left`,
      ].join('\n'),
    );
    if (total > BUDGET_BYTES) console.log(`  target ${kb(BUDGET_BYTES)} NOT MET (issue 5)`);
    expect(total).toBeLessThanOrEqual(NOT_YET_MET_CEILING ?? BUDGET_BYTES);
  });

  it('holds the reader, wherever the build puts it', async () => {
    const code = await firstDownloadScripts();
    // The line that ends every article (features/reader/components/reader-view.tsx).
    expect(code).toContain('End of article.');
  });

  it('holds the schema that validates the article, since the article cannot be drawn before it', async () => {
    // Were the schema loaded lazily (a dynamic import beside the file's fetch), this measure would stop
    // counting it while the reader still waits for it: make it count here again.
    const code = await firstDownloadScripts();
    // A message only the article's cross-checks hold (src/content/schema.ts).
    expect(code).toContain('the content lies outside the quotation');
  });

  it('holds neither the analysis engine nor the search code', async () => {
    const code = await firstDownloadScripts();
    // A phrase only the engine's lexicons hold, and the search index's file name.
    expect(code).not.toContain('according to');
    expect(code).not.toContain('search/manifest');
  });
});
