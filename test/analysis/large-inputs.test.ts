// Large and hostile inputs, checked against the same invariants as the properties. There is no timing
// assertion: each analysis runs in a worker with a generous deadline, so a hang (a quadratic step on
// 5 MB) fails its test instead of stalling the run. A linear engine finishes each in a few seconds.

import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';

import { analyzeInWorker } from './support/analyze-in-worker';
import { invariantViolations } from './support/invariants';
import { longArticle, QUOTE_MARKS } from './support/texts';

const DEADLINE_MS = 60_000;
const TIMEOUT_MS = DEADLINE_MS + 10_000;

/** `n` quotation marks cycling through every kind. */
const marks = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => QUOTE_MARKS[(i * 7) % QUOTE_MARKS.length] ?? '"');

describe('analyze, on large inputs', () => {
  it(
    'keeps every invariant on a 5 MB article',
    async () => {
      const input = longArticle(5_000_000);
      expect(input.length).toBeGreaterThanOrEqual(5_000_000);
      const r = await analyzeInWorker(input, DEADLINE_MS);
      expect(invariantViolations(input, r)).toEqual([]);
      // The article is made of quotations: most paragraphs must yield at least one.
      expect(r.quotes.length).toBeGreaterThan(r.paragraphs.length / 2);
      expect(r.speakers.map((s) => s.name)).toContain('Zamir Kabulov');
    },
    TIMEOUT_MS,
  );

  it(
    'keeps every invariant with 20,000 stray quotation marks in one paragraph',
    async () => {
      const input = marks(20_000).join('');
      expect(invariantViolations(input, await analyzeInWorker(input, DEADLINE_MS))).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'keeps every invariant with 20,000 straight double quotation marks in a row',
    async () => {
      const input = '"'.repeat(20_000);
      expect(invariantViolations(input, await analyzeInWorker(input, DEADLINE_MS))).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'keeps every invariant with 20,000 stray quotation marks scattered through an article',
    async () => {
      const article = longArticle(400_000);
      const step = Math.floor(article.length / 20_000);
      const input = marks(20_000)
        .map((mark, i) => `${article.slice(i * step, (i + 1) * step)}${mark}`)
        .join('');
      expect(invariantViolations(input, await analyzeInWorker(input, DEADLINE_MS))).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'does not overflow the stack on 20,000 capitalised cue words in a row',
    () => {
      // In this thread, not a worker: a worker's stack is larger and would hide the overflow.
      // allow: a garbled or all-caps import such as "SAID SAYS TOLD …"
      const words = ['Said', 'Says', 'Told', 'Added', 'Noted'];
      const input = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ');
      expect(invariantViolations(input, analyze(input))).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
