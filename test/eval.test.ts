// The engine measured on the evaluation's dev files (shared/eval/FORMAT.md): each file is analysed in
// process, its predictions scored by the evaluation's own scorer, and every figure held to the targets
// below. The texts are read at test time and never copied; nothing here names their content.
//
// The folder is found through VERBATIM_EVAL_DIR, else <repo>/../shared/eval, else /work/shared/eval; when
// none exists every test fails, because a quality gate that skips on a missing folder passes on nothing.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';

import { analyze, toPrediction } from '@/analysis';

/** Targets in percent; a figure passes when it is at least its target. */
const TARGETS = {
  seed: { f1At08: 100, speakerName: 100 },
  'ggt-dev': { f1At03: 90, f1At08: 85, speakerName: 90, speakerMention: 90 },
  'polnear-dev': { f1At03: 75, directRecall: 95, speakerMention: 85 },
  // Our own six articles (test/heldout/), annotated blind before the engine first ran on them (it then
  // scored 94.7 / 93.6 / 86.4 / 95.3); held here at the level reached after the fixes they showed.
  heldout: { f1At03: 97, f1At08: 96, speakerName: 95, speakerMention: 97 },
} as const satisfies Record<string, Partial<Record<Metric, number>>>;

/**
 * Targets the engine does not meet yet (issue 2 stays open for them). Until it does, the test holds the
 * figure to the level measured when the entry was written, so nothing slips back, and the table printed
 * after the run marks the gap to the target. Delete an entry as soon as its target is met.
 */
const NOT_YET_MET: Partial<Record<Dataset, Partial<Record<Metric, number>>>> = {};

type Metric = 'f1At03' | 'f1At08' | 'speakerName' | 'speakerMention' | 'directRecall';
type Dataset = keyof typeof TARGETS;

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SCORER = 'score.mjs';
const SCORER_TIMEOUT_MS = 60_000;

// One schema per boundary: the gold lines we read, and the scorer's --json report.
const GoldLine = v.object({ id: v.string(), text: v.string() });
const Prf = v.object({ precision: v.number(), recall: v.number(), f1: v.number() });
const ScoreReport = v.object({
  articles: v.number(),
  articlesWithoutPrediction: v.number(),
  goldQuotes: v.number(),
  predictedQuotes: v.number(),
  at03: Prf,
  at08: Prf,
  recallByKind: v.record(v.string(), v.number()),
  speakerNameAccuracy: v.nullable(v.number()),
  speakerMentionAccuracy: v.nullable(v.number()),
});
type ScoreReport = v.InferOutput<typeof ScoreReport>;

/** Each metric as a percentage of the scorer's report; null when the data set cannot measure it. */
const MEASURE: Record<Metric, (r: ScoreReport) => number | null> = {
  f1At03: (r) => 100 * r.at03.f1,
  f1At08: (r) => 100 * r.at08.f1,
  speakerName: (r) => (r.speakerNameAccuracy === null ? null : 100 * r.speakerNameAccuracy),
  speakerMention: (r) => (r.speakerMentionAccuracy === null ? null : 100 * r.speakerMentionAccuracy),
  directRecall: (r) => {
    const direct = r.recallByKind.direct;
    return direct === undefined ? null : 100 * direct;
  },
};

function findEvalDir(): { readonly dir: string } | { readonly error: string } {
  const fromEnv = process.env.VERBATIM_EVAL_DIR;
  // An explicit folder that is missing is a mistake to report, not a cue to measure something else.
  if (fromEnv) {
    return existsSync(join(fromEnv, SCORER))
      ? { dir: fromEnv }
      : { error: `VERBATIM_EVAL_DIR=${fromEnv} holds no ${SCORER}` };
  }
  const candidates = [join(REPO, '..', 'shared', 'eval'), '/work/shared/eval'];
  const dir = candidates.find((c) => existsSync(join(c, SCORER)));
  return dir
    ? { dir }
    : {
        error: `evaluation folder not found: set VERBATIM_EVAL_DIR or provide one of ${candidates.join(', ')}`,
      };
}

const located = findEvalDir();
const workDir = mkdtempSync(join(tmpdir(), 'verbatim-eval-'));
const measured: Array<{
  dataset: Dataset;
  metric: Metric;
  value: number | null;
  target: number;
  floor: number;
}> = [];

function score(dataset: Dataset): ScoreReport {
  if ('error' in located) throw new Error(located.error);
  const gold =
    dataset === 'heldout'
      ? join(REPO, 'test', 'heldout', 'gold.jsonl')
      : join(located.dir, 'dev', `${dataset}.jsonl`);
  if (!existsSync(gold)) throw new Error(`${gold} is missing from the evaluation folder`);
  const predictions = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, text } = v.parse(GoldLine, JSON.parse(line));
      return JSON.stringify(toPrediction(id, analyze(text)));
    });
  const pred = join(workDir, `${dataset}.pred.jsonl`);
  writeFileSync(pred, `${predictions.join('\n')}\n`);
  const out = execFileSync(process.execPath, [join(located.dir, SCORER), gold, pred, '--json'], {
    encoding: 'utf8',
    timeout: SCORER_TIMEOUT_MS,
  });
  return v.parse(ScoreReport, JSON.parse(out));
}

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  if (measured.length === 0) return;
  const lines = measured.map(({ dataset, metric, value, target, floor }) => {
    const figure = value === null ? 'n/a' : value.toFixed(1);
    const margin = value === null ? '' : `${value - target >= 0 ? '+' : ''}${(value - target).toFixed(1)}`;
    const verdict =
      value !== null && value >= target
        ? 'ok'
        : floor < target
          ? `below target (held at ${String(floor)})`
          : 'MISS';
    return `${dataset.padEnd(13)}${metric.padEnd(16)}${figure.padStart(7)}${String(target).padStart(8)}${margin.padStart(8)}  ${verdict}`;
  });
  const header = `${'dataset'.padEnd(13)}${'metric'.padEnd(16)}${'figure'.padStart(7)}${'target'.padStart(8)}${'margin'.padStart(8)}`;
  console.log(['eval figures (percent)', header, ...lines].join('\n'));
});

describe('quote attribution on the evaluation dev files', () => {
  it.each(Object.keys(TARGETS) as Dataset[])(
    '%s meets its targets (or its held figures)',
    { timeout: 120_000 },
    (dataset) => {
      const report = score(dataset);
      expect(report.articles, 'the gold file holds no article').toBeGreaterThan(0);
      expect(report.articlesWithoutPrediction, 'every article gets a prediction line').toBe(0);
      const targets: Partial<Record<Metric, number>> = TARGETS[dataset];
      for (const [metric, target] of Object.entries(targets) as Array<[Metric, number]>) {
        const value = MEASURE[metric](report);
        const floor = NOT_YET_MET[dataset]?.[metric] ?? target;
        measured.push({ dataset, metric, value, target, floor });
        // Soft, so one run reports every miss rather than the first.
        expect.soft(value, `${dataset} ${metric}: the scorer gives no figure`).not.toBeNull();
        expect
          .soft(value ?? -1, `${dataset} ${metric} (target ${String(target)}, held at ${String(floor)})`)
          .toBeGreaterThanOrEqual(floor);
      }
    },
  );
});
