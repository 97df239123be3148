// Bad sources never break a build that already exists. Each row is one kind of bad input: a good build is
// made first, then a folder holding the bad file (beside a good one) is built into the same place. The
// build must throw a ContentBuildError naming the file and the line, say what to do, and leave the previous
// output byte-identical with nothing written beside it. Binary and mis-encoded inputs are made here, never
// committed.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildContent, MAX_SOURCE_BYTES } from '@/content/build';
import { formatProblem } from '@/content/problems';

import {
  buildError,
  contentPaths,
  GOOD_ARTICLE,
  snapshot,
  sourceDir,
  tempDir,
  type Sources,
} from './helpers';

interface Expected {
  readonly file: string;
  readonly line: number | null;
  readonly message: RegExp;
}

interface BadCase {
  readonly slug: string;
  readonly files: () => Sources;
  readonly problems: readonly Expected[];
}

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const bytes = (...parts: (string | readonly number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const PNG_HEADER = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
];

const CASES: readonly BadCase[] = [
  {
    slug: 'empty-file',
    files: () => ({ 'empty.txt': '' }),
    problems: [{ file: 'empty.txt', line: null, message: /is empty/ }],
  },
  {
    slug: 'binary-file',
    // A PNG starts `\x89PNG\r\n\x1a\n`: two line breaks, then NUL bytes on the third line.
    files: () => ({ 'photo.txt': bytes(PNG_HEADER) }),
    problems: [{ file: 'photo.txt', line: 3, message: /binary file/ }],
  },
  {
    slug: 'nul-byte-in-text',
    files: () => ({ 'nul.md': 'First line.\nSecond line.\nThird\u0000 line.\n' }),
    problems: [{ file: 'nul.md', line: 3, message: /NUL byte/ }],
  },
  {
    slug: 'utf-16',
    files: () => ({ 'utf16.txt': bytes([0xff, 0xfe], [...Buffer.from('“Hi,” she said.\n', 'utf16le')]) }),
    problems: [{ file: 'utf16.txt', line: 1, message: /UTF-16/ }],
  },
  {
    slug: 'invalid-utf8-windows-1252',
    files: () => ({ 'latin1.txt': latin1('The menu.\r\nCaf\xe9 au lait, he said.\r\n') }),
    problems: [{ file: 'latin1.txt', line: 2, message: /not valid UTF-8/ }],
  },
  {
    slug: 'invalid-utf8-after-lone-cr-line-ends',
    files: () => ({ 'old-mac.txt': latin1('One.\rTwo.\rCaf\xe9.\r') }),
    problems: [{ file: 'old-mac.txt', line: 3, message: /not valid UTF-8/ }],
  },
  {
    slug: 'invalid-utf8-truncated-sequence',
    files: () => ({ 'cut.txt': bytes('Whole line.\nCaf', [0xc3]) }),
    problems: [{ file: 'cut.txt', line: 2, message: /not valid UTF-8/ }],
  },
  {
    slug: 'front-matter-unknown-field',
    files: () => ({ 'unknown.txt': '---\ntitle: Ferry\ntags: ferries\n---\nThe ferry runs.\n' }),
    problems: [{ file: 'unknown.txt', line: 3, message: /unknown front matter field "tags"/ }],
  },
  {
    slug: 'front-matter-malformed-line',
    files: () => ({ 'malformed.txt': '---\ntitle Ferry\n---\nThe ferry runs.\n' }),
    problems: [{ file: 'malformed.txt', line: 2, message: /not "key: value"/ }],
  },
  {
    slug: 'front-matter-never-closed',
    files: () => ({ 'unclosed.txt': '---\ntitle: Ferry\nThe ferry runs.\n' }),
    problems: [{ file: 'unclosed.txt', line: 1, message: /never closed/ }],
  },
  {
    slug: 'front-matter-field-twice',
    files: () => ({ 'twice.txt': '---\ntitle: Ferry\ntitle: Boat\n---\nThe ferry runs.\n' }),
    problems: [{ file: 'twice.txt', line: 3, message: /"title" appears twice/ }],
  },
  {
    slug: 'front-matter-empty-slug',
    files: () => ({ 'no-slug.txt': '---\ntitle: Ferry\nslug:\n---\nThe ferry runs.\n' }),
    problems: [{ file: 'no-slug.txt', line: 3, message: /"slug" is empty/ }],
  },
  {
    slug: 'front-matter-slug-without-ascii',
    files: () => ({ 'dari.txt': '---\nslug: کابل\n---\nThe ferry runs.\n' }),
    problems: [{ file: 'dari.txt', line: 2, message: /"slug" has no ASCII .*"کابل"/ }],
  },
  {
    slug: 'file-name-without-ascii',
    files: () => ({ 'کابل.txt': 'The ferry runs.\n' }),
    problems: [{ file: 'کابل.txt', line: null, message: /name with no ASCII/ }],
  },
  {
    slug: 'id-reserved-for-imported-articles',
    files: () => ({
      'local-news.txt': 'The ferry runs.\n',
      'pier.txt': '---\nslug: Local Pier\n---\nThe ferry runs.\n',
    }),
    problems: [
      { file: 'local-news.txt', line: null, message: /id "local-news", .*"local-" are for imported/ },
      { file: 'pier.txt', line: 2, message: /id "local-pier", .*"local-" are for imported/ },
    ],
  },
  {
    slug: 'duplicate-id-from-slug',
    files: () => ({ 'ferry.txt': '---\nslug: Good\n---\nThe ferry runs.\n' }),
    problems: [
      { file: 'ferry.txt', line: 2, message: /id "good", as .*good\.txt does/ },
      { file: 'good.txt', line: null, message: /id "good", as .*ferry\.txt does/ },
    ],
  },
  {
    slug: 'duplicate-id-from-file-names',
    files: () => ({ 'Good.md': 'The ferry runs.\n' }),
    problems: [
      { file: 'Good.md', line: null, message: /id "good"/ },
      { file: 'good.txt', line: null, message: /id "good"/ },
    ],
  },
  {
    slug: 'over-10-mb',
    files: () => ({ 'huge.txt': Buffer.alloc(MAX_SOURCE_BYTES + 1, 'word ') }),
    problems: [{ file: 'huge.txt', line: null, message: /10,485,761 bytes; .* at most 10 MB/ }],
  },
  {
    slug: 'only-blank-lines',
    files: () => ({ 'blank.txt': '\n   \n\t\r\n' }),
    problems: [{ file: 'blank.txt', line: null, message: /no text/ }],
  },
  {
    slug: 'front-matter-without-text',
    files: () => ({ 'header.md': '---\ntitle: Ferry\n---\n' }),
    problems: [{ file: 'header.md', line: 4, message: /front matter but no article text/ }],
  },
  {
    slug: 'only-quotation-marks',
    files: () => ({ 'marks.txt': '"" “” ‘’ «» „“ ‹›\n"\n\'\'\n' }),
    problems: [{ file: 'marks.txt', line: null, message: /no words/ }],
  },
];

/** A folder holding one good build, and a way to check it is exactly as it was. */
async function previousBuild() {
  const parent = await tempDir();
  const outDir = join(parent, 'content');
  await buildContent({ sourceDir: await sourceDir({ 'good.txt': GOOD_ARTICLE }), outDir });
  const before = await snapshot(parent);
  expect(contentPaths(before)).toEqual([
    'content/articles/good.json',
    'content/catalog.json',
    'content/speakers/ada-quint.json',
    'content/speakers/index.json',
  ]);
  return {
    outDir,
    expectUntouched: async () => {
      expect(await readdir(parent)).toEqual(['content']);
      expect(await snapshot(parent)).toEqual(before);
    },
  };
}

describe('a bad source file', () => {
  it.each(CASES.map((c) => [c.slug, c] as const))('%s', async (_, { files, problems }) => {
    const { outDir, expectUntouched } = await previousBuild();
    const dir = await sourceDir({ 'good.txt': GOOD_ARTICLE, ...files() });

    const error = await buildError({ sourceDir: dir, outDir });

    for (const want of problems) {
      const file = join(dir, want.file);
      const problem = error.problems.find((p) => p.file === file);
      expect(problem, `no problem reported for ${want.file}: ${error.message}`).toBeDefined();
      if (!problem) continue;
      expect(problem.line).toBe(want.line);
      expect(problem.message).toMatch(want.message);
      // What to do, as a sentence.
      expect(problem.fix).toMatch(/^[A-Z].*\.$/);
      // The thrown message lists it as `file:line: message. Fix.`
      const where = want.line === null ? `${file}: ` : `${file}:${String(want.line)}: `;
      expect(formatProblem(problem).startsWith(where)).toBe(true);
      expect(error.message).toContain(formatProblem(problem));
    }
    expect(error.problems).toHaveLength(problems.length);
    await expectUntouched();
  });

  it('is reported together with every other bad file, in one error', async () => {
    const { outDir, expectUntouched } = await previousBuild();
    const dir = await sourceDir({
      'a-empty.txt': '',
      'b-good.txt': GOOD_ARTICLE,
      'c-latin1.txt': latin1('Caf\xe9\n'),
      'd-unknown.md': '---\ntags: ferries\n---\nThe ferry runs.\n',
    });

    const error = await buildError({ sourceDir: dir, outDir });

    expect(error.problems.map((p) => [p.file, p.line])).toEqual([
      [join(dir, 'a-empty.txt'), null],
      [join(dir, 'c-latin1.txt'), 1],
      [join(dir, 'd-unknown.md'), 2],
    ]);
    expect(error.message.split('\n')).toEqual([
      'content build failed with 3 problems:',
      ...error.problems.map(formatProblem),
    ]);
    await expectUntouched();
  });
});

describe('bad folders', () => {
  it('reports a source folder that does not exist', async () => {
    const { outDir, expectUntouched } = await previousBuild();
    const missing = join(await tempDir(), 'nowhere');
    const error = await buildError({ sourceDir: missing, outDir });
    expect(error.problems).toEqual([expect.objectContaining({ file: missing, message: 'does not exist' })]);
    await expectUntouched();
  });

  it('reports a source folder without articles, ignoring hidden and other files', async () => {
    const { outDir, expectUntouched } = await previousBuild();
    const dir = await sourceDir({ 'notes.docx': 'x', '.draft.txt': GOOD_ARTICLE, README: 'x' });
    const error = await buildError({ sourceDir: dir, outDir });
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: dir,
        message: expect.stringMatching(/no .txt or .md articles/) as unknown,
      }),
    ]);
    await expectUntouched();
  });

  it('refuses to replace a folder that is not a previous build', async () => {
    const outDir = await tempDir();
    await writeFile(join(outDir, 'thesis.txt'), 'years of work');
    const error = await buildError({ sourceDir: await sourceDir({ 'good.txt': GOOD_ARTICLE }), outDir });
    expect(error.problems[0]?.message).toMatch(/not a previous content build/);
    expect(await readdir(outDir)).toEqual(['thesis.txt']);
  });

  it.each([
    ['the source folder itself', (source: string) => source],
    ['a folder holding the sources', (source: string) => join(source, '..')],
  ])('refuses an output folder that is %s', async (_, outOf) => {
    const dir = await sourceDir({ 'good.txt': GOOD_ARTICLE });
    const error = await buildError({ sourceDir: dir, outDir: outOf(dir) });
    expect(error.problems[0]?.message).toMatch(/is or holds the source folder/);
    expect(await readFile(join(dir, 'good.txt'), 'utf8')).toBe(GOOD_ARTICLE);
  });
});
