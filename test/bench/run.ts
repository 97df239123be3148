// npm run bench: the analysis engine's throughput, warm latency and memory, measured side by side in one
// run and printed as a report with each figure's ratio to its target. It never asserts a time, because
// machines differ; it exits 0 whatever the figures (non-zero only if the engine throws).
//
//   throughput  MB (10^6 UTF-8 bytes) of synthetic articles analysed per wall-clock second,
//               one core (per CPU second printed too)                                         ≥ 2 MB/s
//   latency     the seed article, warm, p95 over 2,000 runs (median printed too)            < 2 ms
//   memory      heap after 10,000 articles ÷ heap after 1,000, analysed and dropped         ≤ 1.10
//
// Then the reader's side (focus-speaker.ts): focusing a speaker on a 20,000-word article with 500
// quotations, timed by Chromium's Event Timing, median and max                                < 100 ms
//
// `npm run bench -- engine` or `npm run bench -- focus` runs one part only.

import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { analyze, type Analysis } from '@/analysis';

import { generateArticle, generateCorpus, type Article } from './corpus';
import { focusSpeakerBench, printFocusReport } from './focus-speaker';

const TARGETS = {
  throughputMBps: 2,
  seedLatencyMs: 2,
  heapRatio: 1.1,
} as const;

const CORPUS_SEED = 20240501;
/** A second seed for warm-up and the memory stream, so neither replays the timed corpus. */
const STREAM_SEED = 7;
const CORPUS_BYTES = 5_000_000;
const WARMUP_ARTICLES = 100;
const SEED_WARMUP_RUNS = 200;
const SEED_RUNS = 2_000;
const MEMORY_CHECKPOINTS = [1_000, 10_000] as const;
const MB = 1_000_000;
/** Article length bands (UTF-8 bytes) for throughput by length: a superlinear stage shows as a drop. */
const BANDS = [
  { label: 'articles < 2 KB', min: 0, max: 2_000 },
  { label: 'articles 2–8 KB', min: 2_000, max: 8_000 },
  { label: 'articles ≥ 8 KB', min: 8_000, max: Infinity },
] as const;

const SEED_URL = new URL('../../src/content/articles/seed.txt', import.meta.url);
const encoder = new TextEncoder();
const bytesOf = (text: string): number => encoder.encode(text).length;

// `npm run bench` passes --expose-gc; without it the heap figures would measure garbage, not retention.
const gc = (globalThis as { gc?: () => void }).gc;

function analyzeOrExplain(article: Article): Analysis {
  try {
    return analyze(article.text);
  } catch (error) {
    throw new Error(`the engine threw on ${article.id} (regenerate it with generateArticle from corpus.ts)`, {
      cause: error,
    });
  }
}

function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

function heapAfterGc(): number | null {
  if (!gc) return null;
  // Twice: the first pass can leave objects whose finalisers the second one collects.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

interface Throughput {
  readonly articles: number;
  readonly bytes: number;
  readonly seconds: number;
  /** User + system CPU time of the whole process (GC helper threads included) over the same loop. */
  readonly cpuSeconds: number;
  readonly quotes: number;
  readonly attributed: number;
  readonly bands: ReadonlyArray<{ readonly label: string; readonly bytes: number; readonly seconds: number }>;
  readonly medianChars: number;
  readonly minChars: number;
  readonly maxChars: number;
}

function measureThroughput(): Throughput {
  for (let i = 0; i < WARMUP_ARTICLES; i++) analyzeOrExplain(generateArticle(STREAM_SEED, 1_000_000 + i));
  const corpus = generateCorpus(CORPUS_SEED, CORPUS_BYTES);
  const sizes = corpus.map((a) => bytesOf(a.text));
  const bandTotals = BANDS.map((b) => ({ label: b.label, bytes: 0, seconds: 0 }));
  let quotes = 0;
  let attributed = 0;
  let seconds = 0;
  const cpu0 = process.cpuUsage();
  corpus.forEach((article, i) => {
    const t0 = performance.now();
    const analysis = analyzeOrExplain(article);
    const dt = (performance.now() - t0) / 1000;
    seconds += dt;
    quotes += analysis.quotes.length;
    attributed += analysis.quotes.filter((q) => q.speakerId !== null).length;
    const size = sizes[i] ?? 0;
    const band = bandTotals[BANDS.findIndex((b) => size >= b.min && size < b.max)];
    if (band) {
      band.bytes += size;
      band.seconds += dt;
    }
  });
  const cpu = process.cpuUsage(cpu0);
  const chars = corpus.map((a) => a.text.length).sort((a, b) => a - b);
  return {
    articles: corpus.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    quotes,
    attributed,
    bands: bandTotals,
    medianChars: quantile(chars, 0.5),
    minChars: chars[0] ?? 0,
    maxChars: chars.at(-1) ?? 0,
  };
}

function measureSeedLatency(): { readonly median: number; readonly p95: number; readonly quotes: number } {
  const seed = readFileSync(SEED_URL, 'utf8');
  const article = { id: 'seed', text: seed };
  for (let i = 0; i < SEED_WARMUP_RUNS; i++) analyzeOrExplain(article);
  const times: number[] = [];
  let quotes = 0;
  for (let i = 0; i < SEED_RUNS; i++) {
    const t0 = performance.now();
    quotes = analyzeOrExplain(article).quotes.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), quotes };
}

/** Heap used (bytes) before the stream and at each checkpoint; nothing from an analysis is kept. */
function measureMemory(): { readonly before: number | null; readonly at: ReadonlyArray<number | null> } {
  const before = heapAfterGc();
  const at: Array<number | null> = [];
  const last = MEMORY_CHECKPOINTS.at(-1) ?? 0;
  let sink = 0;
  for (let i = 1; i <= last; i++) {
    sink += analyzeOrExplain(generateArticle(STREAM_SEED, i)).quotes.length;
    if ((MEMORY_CHECKPOINTS as readonly number[]).includes(i)) at.push(heapAfterGc());
  }
  // Read the sink so the loop's work cannot be optimised away.
  if (sink < 0) console.log(sink);
  return { before, at };
}

// Report formatting.
const fixed = (x: number | null, digits = 2): string =>
  x === null || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits);
const mb = (bytes: number | null): string => (bytes === null ? 'n/a' : fixed(bytes / MB));
const row = (measure: string, figure: string, target = '', ratio = ''): string =>
  `${measure.padEnd(36)}${figure.padStart(10)}${target.padStart(10)}${ratio.padStart(10)}`;
const verdict = (pass: boolean | null): string => (pass === null ? 'N/A ' : pass ? 'PASS' : 'FAIL');

function main(): void {
  const started = performance.now();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Verbatim analysis benchmark: node ${process.version}, ${process.platform} ${process.arch}, ${cpu}`,
  );
  // A busy machine slows every figure; the load average says whether this run had the cores to itself.
  console.log(
    `load average (1 min) ${fixed(loadavg()[0] ?? null)} on ${String(cpus().length)} cores at the start`,
  );
  if (!gc) console.log('warning: global.gc is missing (run through `npm run bench`); heap figures are n/a');

  const tp = measureThroughput();
  const seed = measureSeedLatency();
  const memory = measureMemory();

  const mbps = tp.bytes / MB / tp.seconds;
  const [heap1k = null, heap10k = null] = memory.at;
  const heapRatio = heap1k !== null && heap10k !== null ? heap10k / heap1k : null;

  console.log(
    `corpus: ${String(tp.articles)} synthetic articles (seed ${String(CORPUS_SEED)}), ${mb(tp.bytes)} MB, ` +
      `${String(tp.minChars)}–${String(tp.maxChars)} chars (median ${String(tp.medianChars)})`,
  );
  console.log(
    `        ${fixed(tp.quotes / tp.articles, 1)} quotes found per article, ` +
      `${fixed((100 * tp.attributed) / Math.max(1, tp.quotes), 1)} % with a speaker; seed: ${String(seed.quotes)} quotes`,
  );
  console.log('');
  console.log(row('measure', 'figure', 'target', 'ratio'));
  console.log(
    row(
      'throughput (MB/s, one core)',
      fixed(mbps),
      `≥ ${fixed(TARGETS.throughputMBps)}`,
      `${fixed(mbps / TARGETS.throughputMBps)}×`,
    ),
  );
  // Per CPU second: less sensitive to other processes on the machine, but GC helper threads count too.
  console.log(row('  per CPU second (MB/s)', fixed(tp.bytes / MB / tp.cpuSeconds)));
  for (const band of tp.bands) {
    const bandMbps = band.seconds > 0 ? band.bytes / MB / band.seconds : null;
    console.log(row(`  ${band.label} (${mb(band.bytes)} MB)`, fixed(bandMbps)));
  }
  console.log(
    row(
      'seed latency, median (ms)',
      fixed(seed.median, 3),
      `< ${fixed(TARGETS.seedLatencyMs)}`,
      `${fixed(seed.median / TARGETS.seedLatencyMs)}×`,
    ),
  );
  console.log(
    row(
      'seed latency, p95 (ms)',
      fixed(seed.p95, 3),
      `< ${fixed(TARGETS.seedLatencyMs)}`,
      `${fixed(seed.p95 / TARGETS.seedLatencyMs)}×`,
    ),
  );
  console.log(row('heap before the stream (MB)', mb(memory.before)));
  console.log(row('heap after 1,000 articles (MB)', mb(heap1k)));
  console.log(row('heap after 10,000 articles (MB)', mb(heap10k)));
  console.log(
    row(
      'heap 10,000 ÷ 1,000',
      fixed(heapRatio),
      `≤ ${fixed(TARGETS.heapRatio)}`,
      heapRatio === null ? 'n/a' : `${fixed(heapRatio / TARGETS.heapRatio)}×`,
    ),
  );
  console.log('');
  console.log(
    `${verdict(mbps >= TARGETS.throughputMBps)} throughput ${fixed(mbps)} MB/s (target ≥ ${String(TARGETS.throughputMBps)} MB/s)`,
  );
  console.log(
    `${verdict(seed.p95 < TARGETS.seedLatencyMs)} seed latency p95 ${fixed(seed.p95, 3)} ms, median ${fixed(seed.median, 3)} ms (target < ${String(TARGETS.seedLatencyMs)} ms)`,
  );
  console.log(
    `${verdict(heapRatio === null ? null : heapRatio <= TARGETS.heapRatio)} memory flat: heap after 10,000 ÷ after 1,000 = ${fixed(heapRatio)} (target ≤ ${fixed(TARGETS.heapRatio)})`,
  );
  console.log(`load average (1 min) ${fixed(loadavg()[0] ?? null)} at the end`);
  console.log(`total time ${fixed((performance.now() - started) / 1000, 1)} s`);
}

const part = process.argv[2];
if (part !== 'focus') main();
if (part !== 'engine') printFocusReport(await focusSpeakerBench());
