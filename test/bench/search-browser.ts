// The Chromium half of the search benchmark: the real app built over the benchmark's archive (`vite build`
// with VERBATIM_CONTENT, timed), served by test/e2e/static-server.ts, and 200 queries typed into the
// header's search field one character at a time. Each keystroke is timed in the page, from its keydown to
// the frame that paints the suggestions for the field's new value: the listbox sets a performance mark
// (RESULTS_MARK in search-listbox.tsx) when fresh suggestions are committed, a requestAnimationFrame loop
// sees it before that frame paints, and a message posted from there arrives just after the paint. A second
// figure times the same to SNIPPETS_MARK: every suggestion's snippet in (articles not loaded yet fill in
// after the suggestions paint).
// Service workers are blocked, so precaching never competes with the keystrokes. The server compresses
// every file before the run (`--precompress`), as a host serving precompressed files or a CDN's cached
// copies does: compressing each file on its first request with gzip -9 on the server's one thread, on the
// same two cores as the browser, put 13 ms on the median keystroke that fetched a term shard (p95 of all
// keystrokes 56 against 40 ms, 2026-12-01).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

import { sourceOf, type Sized } from './search-corpus';
import { spread, type Spread } from './search-node';
import type { BenchQuery } from './search-queries';

export interface BrowserFigures {
  readonly buildSeconds: number;
  /** Keydown to the suggestions painted (titles, and snippets whose articles were loaded already). */
  readonly keystrokeMs: Spread;
  /** Keydown to every suggestion's snippet painted. */
  readonly snippetsMs: Spread;
  readonly keystrokes: number;
  readonly timeouts: number;
  /** Keystrokes that left the query as it was (a space): nothing to paint, not timed. */
  readonly unchanged: number;
  /** From focusing the field to the first keystroke's suggestions painted, JS and JSON. */
  readonly firstResult: Sized;
  readonly firstResultFiles: number;
  /** Whether any search code or index file was fetched before the field was used. */
  readonly searchInInitialLoad: boolean;
}

const RESULTS_MARK = 'verbatim:search-results';
const SNIPPETS_MARK = 'verbatim:search-snippets';
const KEYSTROKE_TIMEOUT_MS = 10_000;
/** What the page answers for a keystroke that did not change the trimmed query. */
const UNCHANGED = -2;
/** A string only the search code holds: the manifest's path. */
const SEARCH_CODE_MARKER = 'search/manifest.json';

export async function measureBrowser(
  n: number,
  queries: readonly BenchQuery[],
  port: number,
  log: (msg: string) => void,
): Promise<BrowserFigures> {
  const root = join(tmpdir(), `verbatim-search-bench-${String(n)}`);
  const sources = join(root, 'articles');
  const dist = join(root, 'dist');
  await rm(root, { recursive: true, force: true });
  await mkdir(sources, { recursive: true });
  for (let i = 0; i < n; i++) {
    const { id, text } = sourceOf(i);
    await writeFile(join(sources, `${id}.txt`), text);
  }

  log(`[${String(n)}] vite build…`);
  const t0 = performance.now();
  await run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    VERBATIM_CONTENT: sources,
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
  });
  const buildSeconds = (performance.now() - t0) / 1000;

  const searchCode = new Set<string>();
  for (const file of await readdir(join(dist, 'assets'))) {
    if (
      file.endsWith('.js') &&
      (await readFile(join(dist, 'assets', file), 'utf8')).includes(SEARCH_CODE_MARKER)
    )
      searchCode.add(`assets/${file}`);
  }

  // Its own process group, so stopping it stops tsx's child too.
  log(`[${String(n)}] serving (compressing every file first)…`);
  const server = spawn(
    'npx',
    ['tsx', 'test/e2e/static-server.ts', dist, String(port), '/', '--precompress'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    await waitForServer(port);
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.addInitScript({ content: HARNESS });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
    await page.goto(`http://localhost:${String(port)}/#/a/${sourceOf(0).id}`, { waitUntil: 'networkidle' });
    const searchInInitialLoad = requested.some((p) => p.startsWith('content/search/') || searchCode.has(p));

    log(`[${String(n)}] typing ${String(queries.length)} queries…`);
    const field = page.getByRole('combobox', { name: 'Search' });
    requested.length = 0;
    await field.click();
    const times: number[] = [];
    const snippetTimes: number[] = [];
    let timeouts = 0;
    let unchanged = 0;
    let firstResult: Sized | null = null;
    let firstResultFiles = 0;
    for (const q of queries) {
      await field.fill('');
      for (const ch of q.text) {
        await page.keyboard.type(ch);
        const [dt, dtSnippets] = await page.evaluate(
          (timeout) => window.__searchBench.next(timeout),
          KEYSTROKE_TIMEOUT_MS,
        );
        if (dt === UNCHANGED) unchanged++;
        else if (dt < 0 || dtSnippets < 0) timeouts++;
        else {
          times.push(dt);
          snippetTimes.push(dtSnippets);
        }
        if (!firstResult) {
          const files = [...new Set(requested)];
          firstResultFiles = files.length;
          firstResult = await sizeOf(dist, files);
        }
      }
    }
    await context.close();
    return {
      buildSeconds,
      keystrokeMs: spread(times),
      snippetsMs: spread(snippetTimes),
      keystrokes: times.length,
      timeouts,
      unchanged,
      firstResult: firstResult ?? { raw: 0, gzip: 0 },
      firstResultFiles,
      searchInInitialLoad,
    };
  } finally {
    await browser.close();
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

declare global {
  interface Window {
    /**
     * Per keystroke: ms to the suggestions painted, and to their snippets painted (-1: timed out;
     * UNCHANGED: the trimmed query did not change, so the field searched nothing new).
     */
    __searchBench: { next(timeoutMs: number): Promise<[number, number]> };
  }
}

/**
 * Runs in the page before the app: times each keystroke in the search field (see the top comment). A
 * string, not a function: tsx's transform would add helpers the page does not have.
 */
const HARNESS = `(() => {
  const MARKS = ${JSON.stringify([RESULTS_MARK, SNIPPETS_MARK])};
  let t0 = 0;
  let want = null;
  // The trimmed query of the last input: a keystroke that leaves it so (a space) makes no new search.
  let last = null;
  // Per mark: the time to the paint after it, once seen for the wanted value.
  let times = [null, null];
  let seen = [false, false];
  let waiter = null;
  const field = () => document.querySelector('input[type=search]');
  // Cleared as they are read, so each frame looks at a handful of entries, not every one so far.
  const latest = (name) => {
    const detail = performance.getEntriesByName(name, 'mark').at(-1)?.detail;
    performance.clearMarks(name);
    return detail;
  };
  const done = () => times.every((t) => t !== null);
  const settle = () => {
    if (waiter && done()) {
      waiter(times);
      waiter = null;
    }
  };
  const frame = () => {
    if (want === null) return;
    MARKS.forEach((name, i) => {
      if (!seen[i] && latest(name) === want) {
        seen[i] = true;
        // This frame paints what the mark saw committed; the message arrives after the paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          times[i] = performance.now() - t0;
          settle();
        };
        channel.port2.postMessage(0);
      }
    });
    if (seen.every(Boolean)) want = null;
    else requestAnimationFrame(frame);
  };
  addEventListener('keydown', (e) => {
    if (e.target === field()) {
      t0 = performance.now();
      times = [null, null];
      seen = [false, false];
    }
  }, true);
  addEventListener('input', (e) => {
    if (e.target !== field() || t0 === 0) return;
    const value = field().value.trim() || null;
    if (value !== null && value === last) {
      times = [${String(UNCHANGED)}, ${String(UNCHANGED)}];
      settle();
      return;
    }
    last = value;
    want = value;
    for (const name of MARKS) performance.clearMarks(name);
    if (want !== null) requestAnimationFrame(frame);
  }, true);
  window.__searchBench = {
    next: (timeoutMs) => new Promise((resolve) => {
      if (done()) return resolve(times);
      waiter = resolve;
      setTimeout(() => {
        if (waiter === resolve) {
          waiter = null;
          want = null;
          resolve(times.map((t) => t ?? -1));
        }
      }, timeoutMs);
    }),
  };
})();`;

async function sizeOf(dist: string, files: readonly string[]): Promise<Sized> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(dist, file)).catch(() => null);
    if (!bytes) continue;
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

async function waitForServer(port: number): Promise<void> {
  // Compressing a 10,000-article build first takes a while.
  for (let i = 0; i < 3000; i++) {
    const ok = await fetch(`http://localhost:${String(port)}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server did not start on port ${String(port)}`);
}

function run(command: string, args: readonly string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`)),
    );
  });
}
