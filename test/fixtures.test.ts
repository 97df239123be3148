// Golden fixtures: every folder in test/fixtures/ holds an article (source.txt) and what the engine should
// make of it (expected.json, the projection in fixtures/project.ts). One loop turns them into tests.
// `npm run fixtures:update` rewrites expected.json from the engine, and the diff is what gets reviewed.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';

import { project } from './fixtures/project';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const UPDATE = process.env['VERBATIM_UPDATE_FIXTURES'] === '1';
/** The behaviours the engine spec lists need at least this many folders; fewer means some went missing. */
const MIN_FIXTURES = 30;

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const fileOf = (slug: string, name: string): URL => new URL(`${slug}/${name}`, FIXTURES);

describe('golden fixtures', () => {
  it(`has at least ${String(MIN_FIXTURES)} folders, each with source.txt and expected.json`, () => {
    expect(slugs.length).toBeGreaterThanOrEqual(MIN_FIXTURES);
    const incomplete = slugs.filter(
      (slug) => !existsSync(fileOf(slug, 'source.txt')) || !existsSync(fileOf(slug, 'expected.json')),
    );
    expect(incomplete).toEqual([]);
  });

  for (const slug of slugs) {
    it(slug, () => {
      // Exactly as written: no trimming, no line-ending changes (crlf-line-endings depends on it).
      const source = readFileSync(fileOf(slug, 'source.txt'), 'utf8');
      const actual = project(analyze(source));
      const expectedFile = fileOf(slug, 'expected.json');
      if (UPDATE) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`, 'utf8');
        return;
      }
      const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'));
      expect(actual).toEqual(expected);
    });
  }
});
