// The analyze CLI as a user runs it: a child process started through tsx with the Node tsconfig, like
// `npm run analyze` (without npm's own start-up). Inputs are written here; the expected output comes from
// the engine in process, so these tests pin the CLI's contract, not the engine's current quality.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';

import { analyze, toPrediction } from '@/analysis';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SEED_PATH = 'src/content/articles/seed.txt';
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
/** Each run starts Node and compiles the CLI on the fly: seconds, not milliseconds. */
const TIMEOUT_MS = 60_000;

// The prediction line of shared/eval/FORMAT.md, strict so an extra or renamed field fails.
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const PredictionLine = v.strictObject({
  id: v.string(),
  quotes: v.array(
    v.pipe(
      v.strictObject({
        start: Offset,
        end: Offset,
        kind: v.picklist(['direct', 'indirect', 'mixed']),
        speaker: v.nullable(v.string()),
        speakerMention: v.nullable(
          v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())]),
        ),
      }),
      v.check((q) => q.end > q.start, 'a quote ends after it starts'),
    ),
  ),
});

const ARTICLES = [
  { id: 'direct', text: '“We will rebuild the bridge by June,” Mayor Ada Quint said on Monday.' },
  {
    id: 'indirect',
    text: 'Hal Brenner, a harbour pilot, said that the channel was too shallow.\nHe added that dredging had stopped.',
  },
  { id: 'none', text: 'The ferry left at noon and arrived an hour later.' },
] as const;

function runCli(args: readonly string[], stdin?: string) {
  const result = spawnSync(
    process.execPath,
    [TSX_CLI, '--tsconfig', 'tsconfig.node.json', 'src/cli/analyze.ts', ...args],
    { cwd: REPO, input: stdin ?? '', encoding: 'utf8', timeout: TIMEOUT_MS },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string): unknown[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);

describe('analyze CLI, file mode', () => {
  it(
    'prints the seed article’s analysis as JSON, the same as the engine in process',
    { timeout: TIMEOUT_MS },
    () => {
      const { status, stdout, stderr } = runCli([SEED_PATH]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const printed = JSON.parse(stdout) as { file: string; quotes: unknown[] };
      const expected = analyze(readFileSync(new URL(`../${SEED_PATH}`, import.meta.url), 'utf8'));
      expect(printed.file).toBe(SEED_PATH);
      expect(printed.quotes.length).toBeGreaterThan(0);
      // Through JSON, so tuples and readonly arrays compare as plain arrays.
      expect(printed).toEqual({ file: SEED_PATH, ...(JSON.parse(JSON.stringify(expected)) as object) });
    },
  );

  it(
    'names a file it cannot read, still prints the others as a JSON array and exits 1',
    { timeout: TIMEOUT_MS },
    () => {
      const { status, stdout, stderr } = runCli(['no/such/article.txt', SEED_PATH]);
      expect(stderr).toMatch(/^no\/such\/article\.txt: cannot read/m);
      const printed = JSON.parse(stdout) as Array<{ file: string }>;
      expect(printed.map((p) => p.file)).toEqual([SEED_PATH]);
      expect(status).toBe(1);
    },
  );

  it('rejects unknown flags with its usage and exit 2', { timeout: TIMEOUT_MS }, () => {
    const { status, stderr } = runCli(['--json', SEED_PATH]);
    expect(stderr).toMatch(/unknown arguments: --json/);
    expect(status).toBe(2);
  });

  it('prints its usage and exits 2 without arguments', { timeout: TIMEOUT_MS }, () => {
    const { status, stdout, stderr } = runCli([]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage/);
    expect(status).toBe(2);
  });
});

describe('analyze CLI, --jsonl mode', () => {
  it(
    'writes one prediction line per input line, in order, in the evaluation format',
    { timeout: TIMEOUT_MS },
    () => {
      const input = ARTICLES.map((a) => JSON.stringify(a)).join('\n');
      const { status, stdout, stderr } = runCli(['--jsonl'], `${input}\n`);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const lines = jsonLines(stdout).map((line) => v.parse(PredictionLine, line));
      expect(lines.map((l) => l.id)).toEqual(ARTICLES.map((a) => a.id));
      lines.forEach((line, i) => {
        const article = ARTICLES[i];
        if (!article) throw new Error(`no input for output line ${String(i + 1)}`);
        for (const q of line.quotes) expect(q.end).toBeLessThanOrEqual(article.text.length);
        expect(line).toEqual(JSON.parse(JSON.stringify(toPrediction(article.id, analyze(article.text)))));
      });
      // The inputs hold quotations; a CLI that printed empty lists for everything must not pass.
      expect(lines.find((l) => l.id === 'direct')?.quotes.length).toBeGreaterThan(0);
      expect(lines.find((l) => l.id === 'indirect')?.quotes.length).toBeGreaterThan(0);
    },
  );

  it(
    'reports each bad line by number on stderr, processes the rest and exits non-zero',
    { timeout: TIMEOUT_MS },
    () => {
      const [a, b, c] = ARTICLES;
      const input = [
        JSON.stringify(a), // line 1
        '{"id": "broken", "text": ', // line 2: not JSON
        JSON.stringify(b), // line 3
        '', // line 4: blank, skipped and still counted
        JSON.stringify({ id: 'no-text' }), // line 5: no text
        JSON.stringify({ id: 7, text: 'A number is not an id.' }), // line 6: id not a string
        JSON.stringify(c), // line 7
      ].join('\n');
      const { status, stdout, stderr } = runCli(['--jsonl'], input);
      expect(stderr).toMatch(/^line 2: not JSON/m);
      expect(stderr).toMatch(/^line 5: /m);
      expect(stderr).toMatch(/^line 6: /m);
      expect(stderr).not.toMatch(/^line [1347]:/m);
      expect(jsonLines(stdout).map((line) => v.parse(PredictionLine, line).id)).toEqual([
        'direct',
        'indirect',
        'none',
      ]);
      expect(status).not.toBe(0);
    },
  );

  it('reads Windows line endings', { timeout: TIMEOUT_MS }, () => {
    const input = ARTICLES.map((a) => JSON.stringify(a)).join('\r\n');
    const { status, stdout, stderr } = runCli(['--jsonl'], `${input}\r\n`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(jsonLines(stdout)).toHaveLength(ARTICLES.length);
  });

  it('prints nothing and exits 0 on empty input', { timeout: TIMEOUT_MS }, () => {
    const { status, stdout, stderr } = runCli(['--jsonl'], '');
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
