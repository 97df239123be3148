// npm run bench:import: how long a reader waits for a 1 MB article they bring, on a phone-class CPU. The
// production build is served as a static host would, and Chromium (Playwright, /usr/bin/chromium) imports a
// generated 1 MB text through the add view: pasted, "Analyse and save" pressed, and the reader showing the
// article with its quotations highlighted. Timed inside the page, from the press to the frame that draws it.
//
//   target   < 3 s with the CPU throttled 4× (DevTools' Emulation.setCPUThrottlingRate, "mid-tier mobile")
//
// The throttle reaches the page only: Chromium refuses it for a dedicated worker ("Operation is only
// supported for pages, not workers", asked through Target.setAutoAttach on the worker's own session), so
// the engine's stages run at full speed. The phone-class figure is therefore
//   4 × the worker's span in the unthrottled run   (the press until its last message, the article analysed
//                                                    and saved, is back in the page: the page's own part of
//                                                    it 4× slower too, as it should be)
//   + what the throttled page does after that       (reading the article, drawing the first screen)
// The worker hands the article over before it saves it, and the page reads it meanwhile. In the throttled
// run the save goes at full speed, so the page has a quarter of a phone's time for that reading, and what
// it has not finished counts after the span: the figure counts the overlap short, never long.
// Until 2026-12-01 it was the throttled run's total + 3 × that run's worker span, which counts twice what
// the throttle does reach inside that span: the page starting the worker and taking its messages, and the
// worker's garbage collection, whose helper threads the throttle slows (a worker loop that allocates ran
// 15% slower with the page throttled, one that only computes not at all; the engine's span grew from
// 1.10 to 1.91 s). Both figures are printed; the target is judged on the first.
//
// Also printed: the same import unthrottled, when each stage began, so a slow stage shows, and the
// longest task on the page's main thread (PerformanceObserver 'longtask') from the press until the last
// paragraph is drawn (the reader shows the first screen, then draws the rest in chunks): the page must
// never freeze. Like `npm run bench`, it never fails on a time (machines differ) and
// exits 0 unless the import itself fails. `--no-build` reuses dist/ as it is; `--profile DIR` writes a
// DevTools CPU profile of the page's main thread for each run; `--bytes N` imports N bytes, not 1 MB.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import { chromium, type Page } from '@playwright/test';

import { generateCorpus } from './corpus';

const TARGET_MS = 3_000;
const THROTTLE = 4;
const TARGET_BYTES = 1_000_000;
/** `--bytes N` imports N bytes instead, for the figure at other lengths; the target is the megabyte's. */
const bytesAt = process.argv.indexOf('--bytes');
const BYTES = bytesAt === -1 ? TARGET_BYTES : Number(process.argv[bytesAt + 1]);
if (!Number.isInteger(BYTES) || BYTES < 1_000)
  throw new Error('--bytes N: a whole number of bytes, 1000 or more');
const PORT = Number(process.env.BENCH_PORT ?? 4571);
const BASE = `http://localhost:${String(PORT)}/bench/`;
const TITLE = 'Benchmark: one megabyte of news';

declare global {
  interface Window {
    /** Milliseconds since the press, for each progress message and for the article shown. */
    __bench?: {
      start: number;
      marks: [string, number][];
      /**
       * Each stage message of the worker as it reached the page: the progress text above is drawn later,
       * after the page's own work, so in the unthrottled run these time the worker's stages better.
       */
      stages: [string, number][];
      shown: number | null;
      /** When the last paragraph was drawn (a long article arrives in chunks after its first screen). */
      drawn: number | null;
      /** When the worker's last message (the article analysed and saved, or a problem) reached the page. */
      outcome: number | null;
      /** [start since the press, duration] of each long task after the press. */
      longTasks: [number, number][];
    };
  }
}

/** About `BYTES` (UTF-8; 1 MB unless `--bytes`) of the bench's synthetic news, under one title. */
function benchArticle(): string {
  const body = generateCorpus(20240501, BYTES)
    .map((a) => a.text)
    .join('\n\n');
  const text = `${TITLE}\n\n${body}`;
  return text.slice(0, text.lastIndexOf('\n\n', BYTES));
}

async function importOnce(page: Page, text: string, rate: number, profile: string | null): Promise<Run> {
  // The worker's last message, seen before the page's own handler (set later, as `onmessage`) runs. Set
  // before the page loads: the add view starts its worker as it opens.
  await page.addInitScript(() => {
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        this.addEventListener('message', (event: MessageEvent<{ type?: string; stage?: string }>) => {
          const bench = window.__bench;
          if (!bench || bench.start === 0) return;
          const at = performance.now() - bench.start;
          if (event.data.type === 'done') bench.outcome ??= at;
          else if (event.data.type === 'stage') bench.stages.push([event.data.stage ?? '?', at]);
        });
      }
    };
  });
  await page.goto(`${BASE}#/add`);
  // A first visit's service worker installs some seconds after the load (whenIdle) and fetches the whole
  // app for offline use: on two cores that would be timed as the import's. The reader here has the app
  // installed already.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (profile !== null) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  }
  // Pasting is not timed. The value is set as a paste sets it, in one input event (`fill` would wait on
  // its own checks for a megabyte).
  await page.getByLabel('Article text').waitFor();
  await page.evaluate((value) => {
    const field = document.querySelector('textarea');
    // The prototype's setter, called with the field as `this`: React then sees the change, as a paste.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the field as `this`
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    if (!field || !setValue) throw new Error('no text field');
    setValue.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.evaluate(() => {
    const bench = {
      start: 0,
      marks: [] as [string, number][],
      stages: [] as [string, number][],
      shown: null as number | null,
      drawn: null as number | null,
      outcome: null as number | null,
      longTasks: [] as [number, number][],
    };
    window.__bench = bench;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries())
        if (bench.start > 0 && task.startTime >= bench.start)
          bench.longTasks.push([task.startTime - bench.start, task.duration]);
    }).observe({ type: 'longtask' });
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Analyse and save');
    button?.addEventListener('click', () => (bench.start = performance.now()), { capture: true });
    let seen = false;
    new MutationObserver(() => {
      const at = performance.now() - bench.start;
      const status = document.querySelector(
        '[aria-labelledby="import-progress-title"] [role="status"]',
      )?.textContent;
      if (status && bench.marks.at(-1)?.[0] !== status) bench.marks.push([status, at]);
      const shown =
        location.hash.startsWith('#/a/local-') &&
        document.querySelector('h1')?.textContent?.includes('Benchmark') &&
        document.querySelector('[data-quote-kind]');
      // Shown once it is on the screen: the frame after the page first holds it (its layout and paint
      // come with that frame), not the moment it enters the page.
      if (shown && !seen) {
        seen = true;
        requestAnimationFrame(() =>
          setTimeout(() => {
            bench.shown = performance.now() - bench.start;
            // Drawn whole in that first frame: no later change in the page would say so.
            if (!document.querySelector('[data-drawing]')) bench.drawn ??= bench.shown;
          }),
        );
      }
      if (bench.shown !== null && bench.drawn === null && !document.querySelector('[data-drawing]'))
        bench.drawn = at;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  if (profile !== null) await cdp.send('Profiler.start');
  await page.getByRole('button', { name: 'Analyse and save' }).click();
  await page.waitForFunction(() => window.__bench?.shown != null, null, { timeout: 120_000, polling: 100 });
  await page.waitForFunction(() => window.__bench?.drawn != null, null, { timeout: 120_000, polling: 100 });
  // The long tasks of the last paint are reported after it: a moment for them to arrive.
  await page.waitForTimeout(1_000);
  const bench = await page.evaluate(() => window.__bench);
  if (profile !== null) {
    const { profile: data } = await cdp.send('Profiler.stop');
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, `import-cpu${String(rate)}.cpuprofile`), JSON.stringify(data));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const total = bench?.shown ?? NaN;
  const marks = bench?.marks ?? [];
  const stages = bench?.stages ?? [];
  // The worker's span: from the press until its last message (the article saved) is back in the page.
  const worker = bench?.outcome ?? NaN;
  const drawn = bench?.drawn ?? NaN;
  const longTasks = bench?.longTasks ?? [];
  return {
    total,
    drawn,
    marks,
    stages,
    worker,
    longest: longTasks.reduce((max, [, d]) => Math.max(max, d), 0),
    longTasks: longTasks.length,
    slowest: [...longTasks].sort((a, b) => b[1] - a[1]).slice(0, 4),
  };
}

interface Run {
  /** Press to article shown, as measured. */
  readonly total: number;
  readonly marks: [string, number][];
  readonly stages: [string, number][];
  /** Press to the last paragraph drawn. */
  readonly drawn: number;
  /** Press to the worker's last message (the article saved, or a problem). */
  readonly worker: number;
  /** The longest main-thread task from the press to the last paragraph drawn, and how many there were. */
  readonly longest: number;
  readonly longTasks: number;
  /** The longest few: [start since the press, duration]. */
  readonly slowest: [number, number][];
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    console.log('Building…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  }
  // Its own process group, so that stopping it stops tsx's child process too.
  const server = spawn('npx', ['tsx', 'test/e2e/static-server.ts', 'dist', String(PORT), '/bench/'], {
    stdio: 'ignore',
    detached: true,
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    await waitForServer();
    const text = benchArticle();
    const bytes = new TextEncoder().encode(text).length;
    console.log(
      `Importing ${(bytes / 1e6).toFixed(2)} MB through the add view (${String(cpus().length)} CPUs, load ${loadavg()[0]?.toFixed(1) ?? '?'})`,
    );
    const profileAt = process.argv.indexOf('--profile');
    const profile = profileAt === -1 ? null : (process.argv[profileAt + 1] ?? 'bench-profile');
    const results: [number, Run][] = [];
    for (const rate of [1, THROTTLE]) {
      // A fresh context each time: an empty IndexedDB and a cold page, as a reader's first import.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      results.push([rate, await importOnce(await context.newPage(), text, rate, profile)]);
      await context.close();
    }
    for (const [rate, run] of results) {
      console.log(
        `\nCPU ${rate === 1 ? 'unthrottled' : `throttled ${String(rate)}× (page only)`}: ${ms(run.total)} from the press to the article shown`,
      );
      for (const [stage, at] of run.marks) console.log(`  ${ms(at).padStart(8)}  ${stage}`);
      console.log(
        `  worker's messages as they arrived: ${[...run.stages, ['done', run.worker] as const]
          .map(([stage, at]) => `${stage} ${ms(at)}`)
          .join(', ')}`,
      );
      console.log(`  ${ms(run.total).padStart(8)}  Article shown (its first screen)`);
      console.log(`  ${ms(run.drawn).padStart(8)}  Every paragraph drawn`);
      console.log(
        `  worker ${ms(run.worker)}, page after it ${ms(run.total - run.worker)}; longest main-thread task ` +
          `${ms(run.longest)} (${String(run.longTasks)} over 50 ms); the longest began at ` +
          run.slowest.map(([at, d]) => `${ms(at)} (${ms(d)})`).join(', '),
      );
    }
    const plain = results.find(([rate]) => rate === 1)?.[1];
    const throttled = results.find(([rate]) => rate === THROTTLE)?.[1];
    const worker = plain?.worker ?? NaN;
    const pageAfter = (throttled?.total ?? NaN) - (throttled?.worker ?? NaN);
    const phone = THROTTLE * worker + pageAfter;
    const verdict =
      BYTES === TARGET_BYTES
        ? `   target < ${ms(TARGET_MS)}   ratio ${(phone / TARGET_MS).toFixed(2)} (${phone < TARGET_MS ? 'met' : 'missed'})`
        : '   (the target is for 1 MB)';
    console.log(
      `\nimport ${BYTES === TARGET_BYTES ? '1 MB' : `${String(Math.round(BYTES / 1000))} KB`}, CPU ${String(THROTTLE)}× (worker too)   ${ms(phone)}${verdict}`,
    );
    console.log(
      `  = ${String(THROTTLE)} × ${ms(worker)} in the worker (unthrottled run) + ${ms(pageAfter)} of the ` +
        `throttled page after it; load ${loadavg()[0]?.toFixed(1) ?? '?'} at the end`,
    );
    const before = (throttled?.total ?? NaN) + (THROTTLE - 1) * (throttled?.worker ?? NaN);
    console.log(
      `  (the figure as counted before 2026-12-01, the throttled worker span counted 4×: ${ms(before)})`,
    );
  } finally {
    await browser.close();
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The static server did not start on port ${String(PORT)}`);
}

const ms = (n: number): string => (Number.isFinite(n) ? `${(n / 1000).toFixed(2)} s` : 'n/a');

await main();
