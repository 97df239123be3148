// Shared by the content tests: throwaway folders of sources, a byte-exact picture of an output folder, and
// the error a failing build throws.

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterEach, expect } from 'vitest';

import { buildContent, type BuildOptions } from '@/content/build';
import { ContentBuildError } from '@/content/problems';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder under the system's temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-content-'));
  made.push(dir);
  return dir;
}

export type Sources = Readonly<Record<string, string | Uint8Array>>;

/** A temp folder holding these files (strings are written as UTF-8, byte arrays as they are). */
export async function sourceDir(files: Sources): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/** Every file under `dir` with its bytes, by path relative to `dir`. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

/** The paths of a snapshot, sorted, without the search index (its file names carry hashes). */
export const contentPaths = (files: Map<string, Buffer>): string[] =>
  [...files.keys()].filter((path) => !path.split('/').includes('search')).sort();

/** The build's error; fails the test if the build succeeds or throws anything else. */
export async function buildError(options: BuildOptions): Promise<ContentBuildError> {
  const error: unknown = await buildContent(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentBuildError);
  return error as ContentBuildError;
}

export const GOOD_ARTICLE = '“The ferry runs again on Monday,” said Mayor Ada Quint.\n';
