// The content build with an overrides file: corrections that match are applied and marked in the written
// JSON, those that do not are warnings that leave the build going, and a broken file stops it.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildContent } from '@/content/build';
import { toOverrides } from '@/content/corrections/schema';
import { Article, ArticleId, Catalog } from '@/content/schema';

import { buildError, sourceDir, tempDir } from './helpers';

const SEED = await readFile(new URL('../../src/content/articles/seed.txt', import.meta.url), 'utf8');

// q7 of the seed, which the engine credits to Ashraf Ghani.
const GHANI_QUOTE = 'he personally had no obligations in this regard';
const spanOf = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words);
  return [at, at + words.length];
};

async function build(files: Record<string, string>, overridesFile?: string) {
  const dir = await sourceDir(files);
  const outDir = join(await tempDir(), 'out');
  const result = await buildContent({ sourceDir: dir, outDir, overridesFile });
  const written = Article.parse(JSON.parse(await readFile(join(outDir, 'articles/seed.json'), 'utf8')));
  const catalog = Catalog.parse(JSON.parse(await readFile(join(outDir, 'catalog.json'), 'utf8')));
  return { result, written, catalog };
}

describe('building with overrides.json', () => {
  it('applies matching corrections, marks them and warns about the rest', async () => {
    const { result: plain } = await build({ 'seed.txt': SEED });
    const text = plain.articles[0]?.article.text ?? '';
    const overrides = toOverrides([
      {
        article: ArticleId.parse('seed'),
        target: { span: spanOf(text, GHANI_QUOTE), text: GHANI_QUOTE },
        speaker: { name: 'Zamir Kabulov' },
      },
      {
        article: ArticleId.parse('seed'),
        target: { span: [0, 4], text: 'words no quotation has' },
        kind: 'direct',
      },
      { article: ArticleId.parse('gone'), target: { span: [0, 4], text: 'anything' }, rejected: true },
    ]);
    const { result, written, catalog } = await build({
      'seed.txt': SEED,
      'overrides.json': JSON.stringify(overrides),
    });

    const corrected = written.quotes.find((q) => text.slice(q.span[0], q.span[1]) === GHANI_QUOTE);
    expect(corrected).toMatchObject({ speakerId: 's1', corrected: true });
    expect(written.quotes.filter((q) => q.corrected)).toHaveLength(1);
    expect(written.speakers.find((s) => s.name === 'Ashraf Ghani')?.quoteIds).toEqual([]);
    // The catalog is made from the corrected article: Ghani is no longer quoted.
    expect(catalog.articles[0]?.quotedSpeakers).toEqual(['Zamir Kabulov', 'Taliban']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'corrections[1] (seed, “words no quotation has”) matches no quotation (the article or the engine changed)',
      'corrections[2] (gone, “anything”) names an article the content folder does not have',
    ]);
    expect(result.warnings[0]?.file).toMatch(/overrides\.json$/);
  });

  it('reads the file VERBATIM_OVERRIDES names (here the option), wherever it is', async () => {
    const file = join(await tempDir(), 'fixes.json');
    const { result: plain } = await build({ 'seed.txt': SEED });
    const text = plain.articles[0]?.article.text ?? '';
    await writeFile(
      file,
      JSON.stringify(
        toOverrides([
          {
            article: ArticleId.parse('seed'),
            target: { span: spanOf(text, GHANI_QUOTE), text: GHANI_QUOTE },
            rejected: true,
          },
        ]),
      ),
    );
    const { written, result } = await build({ 'seed.txt': SEED }, file);
    expect(written.stats.quotes.total).toBe(9);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['not JSON', '{ nope', /is not JSON/],
    [
      'of another format',
      '{"format":"x","version":1,"corrections":[]}',
      /is not a valid overrides file \(format/,
    ],
  ])('stops the build when the file is %s', async (_, content, message) => {
    const error = await buildError({
      sourceDir: await sourceDir({ 'seed.txt': SEED, 'overrides.json': content }),
      outDir: join(await tempDir(), 'out'),
    });
    expect(error.problems.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
  });

  it('stops the build when a named overrides file is missing', async () => {
    const error = await buildError({
      sourceDir: await sourceDir({ 'seed.txt': SEED }),
      outDir: join(await tempDir(), 'out'),
      overridesFile: '/no/such/overrides.json',
    });
    expect(error.problems[0]?.message).toMatch(/cannot be read as an overrides file \(ENOENT\)/);
  });
});
