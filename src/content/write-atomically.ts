// Step 7 of the content build: a folder replaced as a whole or not at all. Everything goes into a fresh
// folder beside the target (same file system, so rename is cheap), which then takes the target's place; a
// failure before the swap leaves the target as it was.

import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

import { serializeContent } from './serialize';

/** Writes `files` (`[relative path, JSON value]`) as the whole new content of `outDir`. */
export async function writeAtomically(
  outDir: string,
  files: readonly (readonly [string, unknown])[],
): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `${basename(target)}.staging-`));
  try {
    // mkdtemp makes the folder private (0700); a web server running as another user must read it.
    await chmod(staging, 0o755);
    for (const [path, value] of files) {
      const full = join(staging, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, serializeContent(value), 'utf8');
    }
    await swapIn(staging, target);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

/** Two renames: Linux cannot rename a folder over a non-empty one in one step. */
async function swapIn(staging: string, target: string): Promise<void> {
  const retired = `${staging}.previous`;
  let hadPrevious = true;
  try {
    await rename(target, retired);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw e;
    hadPrevious = false;
  }
  try {
    await rename(staging, target);
  } catch (e) {
    if (hadPrevious) await rename(retired, target);
    throw e;
  }
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'unknown error';
