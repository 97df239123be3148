// `npm run content` as a user runs it: a child process through tsx with the Node tsconfig (without npm's
// own start-up). Sources and output folders are temp folders; the build itself is tested in process by
// the other files here, so these pin the command's contract: arguments, output lines and exit status.

import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { contentPaths, GOOD_ARTICLE, snapshot, sourceDir, tempDir } from './helpers';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
/** Each run starts Node and compiles the CLI on the fly: seconds, not milliseconds. */
const TIMEOUT_MS = 60_000;

function runCli(args: readonly string[], env: Record<string, string> = {}) {
  const { VERBATIM_CONTENT: _, ...inherited } = process.env;
  const result = spawnSync(
    process.execPath,
    [TSX_CLI, '--tsconfig', 'tsconfig.node.json', 'src/content/cli.ts', ...args],
    { cwd: REPO, env: { ...inherited, ...env }, encoding: 'utf8', timeout: TIMEOUT_MS },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run content', { timeout: TIMEOUT_MS }, () => {
  it('builds a folder, printing one line per article and a summary', async () => {
    const source = await sourceDir({ 'b-ferry.txt': GOOD_ARTICLE, 'a-note.md': 'The ferry is late.\n' });
    const out = join(await tempDir(), 'out');
    const { status, stdout, stderr } = runCli(['--source', source, '--out', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual([
      `${join(source, 'a-note.md')} → a-note: 0 quotations, 0 speakers, 4 words`,
      `${join(source, 'b-ferry.txt')} → b-ferry: 1 quotation, 1 speaker, 10 words`,
      `built 2 articles (1 quotation) into ${out}`,
      '',
    ]);
    expect(contentPaths(await snapshot(out))).toEqual([
      'articles/a-note.json',
      'articles/b-ferry.json',
      'catalog.json',
      'speakers/ada-quint.json',
      'speakers/index.json',
    ]);
  });

  it('reads the source folder from VERBATIM_CONTENT when --source is not given', async () => {
    const source = await sourceDir({ 'ferry.txt': GOOD_ARTICLE });
    const out = join(await tempDir(), 'out');
    const { status, stdout } = runCli(['--out', out], { VERBATIM_CONTENT: source });
    expect(status).toBe(0);
    expect(stdout).toContain(`${join(source, 'ferry.txt')} → ferry`);
  });

  it('prints every problem as file:line, exits with 1 and writes nothing', async () => {
    const source = await sourceDir({
      'ferry.txt': GOOD_ARTICLE,
      'nul.txt': 'One.\nTwo\u0000.\n',
      'unknown.md': '---\ntags: x\n---\nText.\n',
    });
    const parent = await tempDir();
    const { status, stdout, stderr } = runCli(['--source', source, '--out', join(parent, 'out')]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith(`${join(source, 'nul.txt')}:2: contains a NUL byte`)).toBe(true);
    expect(lines[1]?.startsWith(`${join(source, 'unknown.md')}:2: unknown front matter field "tags"`)).toBe(
      true,
    );
    expect(lines[2]).toMatch(/^content build failed: 2 problems; nothing was written/);
    expect(await readdir(parent)).toEqual([]);
  });

  it('rejects unknown arguments with the usage and status 2', () => {
    const { status, stderr } = runCli(['--sauce', 'x']);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run content');
  });
});
