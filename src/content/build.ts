// The content build (Node): every article in a folder becomes validated JSON the app loads.
//   1. list      the folder's .txt and .md files, sorted by name so every build is the same
//   2. read      each file's bytes: not too big, UTF-8 text (decode.ts)
//   3. analyze   run the engine; front matter problems it reports are errors here
//   4. check     some text, some words, a title and an id
//   5. validate  the article against the schema
//   6. ids       no two files with the same id
//   6a. correct  with the folder's overrides.json (or $VERBATIM_OVERRIDES) if there is one; a correction
//                that matches nothing is a warning (src/content/corrections/overrides.ts)
//   7. write     with the search index (search/build-index.ts), each article's snippet text
//                (search/snippet-text.ts) and the speaker pages (speakers/build-speakers.ts), into a
//                staging folder beside outDir, then swap it in
// Any problem in any file stops the build before step 7 with a ContentBuildError listing them all, so the
// previous build is never half replaced.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';

// Relative, not '@/analysis': vite.config.ts loads this file, and the alias does not exist there yet.
import type { Analysis } from '../analysis';

import {
  analyzeSource,
  checkAnalysis,
  MAX_SOURCE_BYTES,
  validateArticle,
  type SourceProblem,
} from './compile-article';
import { decodeSource } from './decode';
import { applyOverrides, readOverrides } from './corrections/overrides';
import { OVERRIDES_FILE, type Overrides } from './corrections/schema';
import { toArticleId, toCatalogEntry } from './derive';
import { reduceMarkdown } from './markdown';
import { DEFAULT_OFFLINE_LIMIT, offlineFiles } from './offline';
import { ContentBuildError, type ContentProblem } from './problems';
import { articlePath, isLocalId, LOCAL_ID_PREFIX } from './paths';
import { Catalog, SCHEMA_VERSION, type Article } from './schema';
import { buildSearchIndex } from './search/build-index';
import { snippetTextFile } from './search/snippet-text';
import { buildSpeakerFiles } from './speakers/build-speakers';
import { writeAtomically } from './write-atomically';

export const SOURCE_EXTENSIONS = ['.txt', '.md'];
export { MAX_SOURCE_BYTES } from './compile-article';
export const CATALOG_FILE = 'catalog.json';

export interface BuildOptions {
  /** The folder holding the source articles (not searched recursively). */
  readonly sourceDir: string;
  /** The folder to (re)place with catalog.json and articles/<id>.json. */
  readonly outDir: string;
  /** The overrides file; by default the source folder's overrides.json, if it has one. */
  readonly overridesFile?: string | undefined;
}

export interface BuiltArticle {
  /** The source file as found: `sourceDir/name`. */
  readonly file: string;
  readonly article: Article;
}

export interface BuildResult {
  readonly outDir: string;
  readonly catalog: Catalog;
  /** In catalog order. */
  readonly articles: readonly BuiltArticle[];
  /** Corrections of the overrides file that matched nothing. */
  readonly warnings: readonly ContentProblem[];
}

export async function buildContent({ sourceDir, outDir, overridesFile }: BuildOptions): Promise<BuildResult> {
  const folderProblems = await checkFolders(sourceDir, outDir);
  if (folderProblems.length > 0) throw new ContentBuildError(folderProblems);
  const compiled = await compileContent(sourceDir, { overridesFile });
  await writeAtomically(outDir, compiled.files);
  return { outDir, ...compiled };
}

export interface CompiledContent {
  readonly catalog: Catalog;
  /** In catalog order. */
  readonly articles: readonly BuiltArticle[];
  /** Every file of the build, as `[path relative to the output folder, JSON value]`. */
  readonly files: readonly (readonly [string, unknown])[];
  /** The files of `files` the service worker precaches (src/content/offline.ts). */
  readonly offline: ReadonlySet<string>;
  /** What the build did but an editor should know: corrections that matched nothing. */
  readonly warnings: readonly ContentProblem[];
}

/**
 * Steps 1–6 without writing: what the Vite plugin serves in development and emits into a build.
 * Throws a ContentBuildError listing every problem of every file.
 */
export async function compileContent(
  sourceDir: string,
  {
    offlineLimit = DEFAULT_OFFLINE_LIMIT,
    overridesFile,
  }: { offlineLimit?: number; overridesFile?: string | undefined } = {},
): Promise<CompiledContent> {
  const names = await listSources(sourceDir);
  const results: SourceResult[] = [];
  for (const name of names) results.push(await buildArticle(join(sourceDir, name), name));
  const overrides = await loadOverrides(overridesFile ?? join(sourceDir, OVERRIDES_FILE), !overridesFile);

  const problems = [
    ...results.flatMap((r) => r.problems),
    ...duplicateIds(results),
    ...(overrides.ok ? [] : [overrides.problem]),
  ];
  if (problems.length > 0 || !overrides.ok) throw new ContentBuildError(problems);

  // 6a. correct
  const built = results.flatMap(({ file, article }) => (article ? [{ file, article }] : []));
  const corrected = overrides.value
    ? applyOverrides(
        built.map((b) => b.article),
        overrides.value,
        overrides.file,
      )
    : { articles: built.map((b) => b.article), warnings: [] };
  const articles = built.map(({ file }, i) => ({ file, article: corrected.articles[i] as Article }));
  const catalog = Catalog.parse({
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map(({ article }) => toCatalogEntry(article)),
  });
  const files: (readonly [string, unknown])[] = [
    [CATALOG_FILE, catalog],
    ...articles.map(({ article }) => [articlePath(article.id), article] as const),
    ...buildSearchIndex(
      articles.map(({ article }) => article),
      { offlineLimit },
    ).files,
    ...articles.map(({ article }) => snippetTextFile(article)),
    ...buildSpeakerFiles(articles.map(({ article }) => article)),
  ];
  const offline = offlineFiles(
    catalog.articles,
    files.map(([path]) => path),
    offlineLimit,
  );
  return { catalog, articles, files, offline, warnings: corrected.warnings };
}

type LoadedOverrides =
  | { readonly ok: true; readonly file: string; readonly value: Overrides | null }
  | { readonly ok: false; readonly problem: ContentProblem };

/** The overrides file, or null where an optional one (the folder's overrides.json) is absent. */
async function loadOverrides(file: string, optional: boolean): Promise<LoadedOverrides> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    const code = errorCode(e);
    if (optional && code === 'ENOENT') return { ok: true, file, value: null };
    return {
      ok: false,
      problem: {
        file,
        line: null,
        message: `cannot be read as an overrides file (${code})`,
        fix: 'Point VERBATIM_OVERRIDES (or --overrides) at the overrides file the app downloads.',
      },
    };
  }
  const read = readOverrides(file, raw);
  return read.ok ? { ok: true, file, value: read.overrides } : read;
}

interface SourceResult {
  readonly file: string;
  /** Null when none could be made (or the file was never analysed). */
  readonly id: string | null;
  /** The line of the `slug:` field the id came from; null for an id made from the file name. */
  readonly idLine: number | null;
  readonly article: Article | null;
  readonly problems: readonly ContentProblem[];
}

// 1. The folders: sources that exist, and an output folder that is safe to replace.
async function checkFolders(sourceDir: string, outDir: string): Promise<ContentProblem[]> {
  const source = resolve(sourceDir);
  const out = resolve(outDir);
  if (out === source || isInside(source, out)) {
    return [
      {
        file: outDir,
        line: null,
        message: `is or holds the source folder ${sourceDir}, and a build replaces the whole output folder`,
        fix: 'Choose an output folder outside the sources, such as src/content/.generated.',
      },
    ];
  }
  let existing: string[];
  try {
    existing = await readdir(out);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT') return [];
    return [
      {
        file: outDir,
        line: null,
        message: code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be read (${code})`,
        fix: 'Choose a new or empty output folder; the build replaces the whole folder.',
      },
    ];
  }
  // Replacing a folder that is not a previous build (`--out .`) would throw away someone's files.
  if (existing.length > 0 && !existing.includes(CATALOG_FILE)) {
    return [
      {
        file: outDir,
        line: null,
        message: `exists and is not a previous content build (it has no ${CATALOG_FILE})`,
        fix: 'Choose a new or empty output folder; the build replaces the whole folder.',
      },
    ];
  }
  return [];
}

const isInside = (child: string, parent: string): boolean => child.startsWith(parent + sep);

// 1. The source files, by name in code-unit order (locale-independent, so every machine agrees).
async function listSources(sourceDir: string): Promise<string[]> {
  const fail = (message: string, fix: string): never => {
    throw new ContentBuildError([{ file: sourceDir, line: null, message, fix }]);
  };
  let entries;
  try {
    entries = await readdir(sourceDir, { withFileTypes: true });
  } catch (e) {
    const code = errorCode(e);
    return fail(
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : `cannot be read (${code})`,
      'Point --source (or VERBATIM_CONTENT) at the folder holding the .txt and .md articles.',
    );
  }
  const names: string[] = [];
  for (const entry of entries) {
    // Hidden files are editor backups and system files (`.#draft.txt`, `.DS_Store`), not articles.
    if (entry.name.startsWith('.') || !SOURCE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      continue;
    }
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(join(sourceDir, entry.name))))) {
      names.push(entry.name);
    }
  }
  if (names.length === 0) {
    fail(
      `has no ${SOURCE_EXTENSIONS.join(' or ')} articles`,
      'Add articles to it, or point --source (or VERBATIM_CONTENT) at the right folder.',
    );
  }
  return names.sort();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

// 2–5. One source file to one validated article, or the reasons it cannot be one.
async function buildArticle(file: string, name: string): Promise<SourceResult> {
  const problem = (line: number | null, message: string, fix: string): ContentProblem => ({
    file,
    line,
    message,
    fix,
  });
  const locate = (p: SourceProblem): ContentProblem => ({ file, ...p });
  const failed = (...problems: ContentProblem[]): SourceResult => ({
    file,
    id: null,
    idLine: null,
    article: null,
    problems,
  });

  // 2. read
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file);
    if (size > MAX_SOURCE_BYTES) {
      return failed(
        problem(
          null,
          `is ${byteCount(size)}; an article may be at most 10 MB (${byteCount(MAX_SOURCE_BYTES)})`,
          'Split it into several articles or remove what is not the article (tables, appendices).',
        ),
      );
    }
    bytes = await readFile(file);
  } catch (e) {
    return failed(
      problem(null, `cannot be read (${errorCode(e)})`, 'Check that the file exists and is readable.'),
    );
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return failed(problem(decoded.line, decoded.message, decoded.fix));
  // Markdown keeps its words and loses its syntax; front matter, and so its line numbers, stay as written.
  const source = extname(name).toLowerCase() === '.md' ? reduceMarkdown(decoded.text) : decoded.text;

  // 3. analyze
  const analyzed = analyzeSource(source);
  if (!analyzed.ok) return failed(locate(analyzed.problem));
  const { analysis } = analyzed;

  // 4. check
  const problems = checkAnalysis(source, analysis).map(locate);
  const id = articleId(source, analysis, name);
  if (id.value === null) problems.splice(analysis.problems.length, 0, problem(id.line, id.message, id.fix));
  const result = (article: Article | null, found: readonly ContentProblem[]): SourceResult => ({
    file,
    id: id.value,
    idLine: id.line,
    article,
    problems: found,
  });
  if (problems.length > 0 || id.value === null) return result(null, problems);

  // 5. validate
  const validated = validateArticle(analysis, { id: id.value, sourceFile: name });
  return validated.ok ? result(validated.article, []) : result(null, [locate(validated.problem)]);
}

/** An id and the line of the `slug:` field it came from (null for the file name), or why there is none. */
type IdChoice =
  | { readonly value: string; readonly line: number | null }
  | { readonly value: null; readonly line: number | null; readonly message: string; readonly fix: string };

/** From the `slug:` field if there is one, else from the file name without its extension. */
function articleId(source: string, analysis: Analysis, name: string): IdChoice {
  const chosen = slugOrFileId(source, analysis, name);
  if (chosen.value === null || !isLocalId(chosen.value)) return chosen;
  return {
    value: null,
    line: chosen.line,
    message: `has the id "${chosen.value}", and ids starting with "${LOCAL_ID_PREFIX}" are for imported articles`,
    fix: 'Give it another "slug: …" in its front matter, or rename the file.',
  };
}

function slugOrFileId(source: string, analysis: Analysis, name: string): IdChoice {
  const slug = analysis.frontMatter['slug'];
  if (slug !== undefined) {
    const line = frontMatterLine(source, 'slug');
    const value = toArticleId(slug);
    if (value !== '') return { value, line };
    return {
      value: null,
      line,
      message:
        slug.trim() === ''
          ? 'front matter field "slug" is empty'
          : `front matter field "slug" has no ASCII letter or digit to make an id from ("${slug}")`,
      fix: 'Write the slug with ASCII letters, digits and hyphens: "slug: kabul-talks".',
    };
  }
  const value = toArticleId(basename(name, extname(name)));
  if (value !== '') return { value, line: null };
  return {
    value: null,
    line: null,
    message: 'has a name with no ASCII letter or digit to make an id from',
    fix: 'Add a "slug: …" line to its front matter, or rename the file.',
  };
}

const LINE_BREAK = /\r\n|\r|\n/;
const FRONT_MATTER_FENCE = '---';

/** The 1-based line of a front matter field, to point at it; null if it cannot be found. */
function frontMatterLine(source: string, key: string): number | null {
  const lines = source.split(LINE_BREAK);
  if (lines[0]?.trim() !== FRONT_MATTER_FENCE) return null;
  // Keys are case-insensitive: `Slug: …` is the slug.
  const field = new RegExp(`^\\s*${key}\\s*:`, 'i');
  for (let i = 1; i < lines.length && lines[i]?.trim() !== FRONT_MATTER_FENCE; i++) {
    if (field.test(lines[i] ?? '')) return i + 1;
  }
  return null;
}

// 6. ids: every file sharing an id is named, each pointing at the others.
function duplicateIds(results: readonly SourceResult[]): ContentProblem[] {
  const byId = new Map<string, SourceResult[]>();
  for (const r of results) {
    if (r.id !== null) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  }
  return [...byId.entries()].flatMap(([id, sharing]) =>
    sharing.length < 2
      ? []
      : sharing.map((r) => {
          const others = sharing.filter((other) => other !== r).map((other) => other.file);
          return {
            file: r.file,
            line: r.idLine,
            message: `has the id "${id}", as ${others.join(' and ')} ${others.length > 1 ? 'do' : 'does'}`,
            fix: 'Ids must be unique: give one of them another "slug: …" in its front matter, or rename it.',
          };
        }),
  );
}

const byteCount = (n: number): string => `${n.toLocaleString('en')} bytes`;
const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'unknown error';
