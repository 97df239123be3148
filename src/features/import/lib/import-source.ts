// What the importer does with what a reader brings, in the Web Worker (analyze.worker.ts) or, in tests, in
// the page. The same steps as the content build (src/content/compile-article.ts), with a stage reported
// before each so the page can show how far it is:
//   read      bytes to text (a file) and the kind of text it is
//   reduce    Markdown or HTML to plain text; the title and link the reader gave as front matter
//   analyse   the engine
//   check     text, words and a title; the id; the article validated against its schema
// Pure: no DOM, no storage. Saving follows in import-and-save.ts.

import { analyzeSource, checkAnalysis, MAX_SOURCE_BYTES, validateArticle } from '@/content/compile-article';
import { decodeSource } from '@/content/decode';
import { toArticleId } from '@/content/derive';
import { reduceHtml, type HtmlMeta } from '@/content/html';
import { reduceMarkdown } from '@/content/markdown';
import { LOCAL_ID_PREFIX } from '@/content/paths';
import type { Article } from '@/content/schema';

export type Stage = 'read' | 'reduce' | 'analyse' | 'check' | 'save';
export type SourceKind = 'text' | 'markdown' | 'html';

export interface ImportRequest {
  /** A file's bytes, or pasted text. */
  readonly source: { readonly file: string; readonly bytes: Uint8Array } | { readonly text: string };
  /** What the reader typed or a share gave; the text's own front matter wins over them. */
  readonly title: string | null;
  readonly url: string | null;
  /** Makes the id unique: `local-<title words>-<nonce>`. */
  readonly nonce: string;
}

export interface ImportProblem {
  readonly message: string;
  readonly fix: string;
}

export type ImportOutcome =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const EXTENSION = /\.[^.]*$/;
const FRONT_MATTER_START = /^\uFEFF?---[ \t]*\r?\n/;
const LINE_BREAKS = /\s+/g;
const TRAILING_HYPHENS = /-+$/;
/** Room for the prefix and the nonce within the schema's 80 characters. */
const MAX_SLUG = 48;

export function kindOf(file: string): SourceKind | null {
  const ext = (EXTENSION.exec(file.toLowerCase())?.[0] ?? '') as (typeof ACCEPTED_EXTENSIONS)[number];
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return null;
  return ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.txt' ? 'text' : 'html';
}

export function importSource(request: ImportRequest, onStage: (stage: Stage) => void): ImportOutcome {
  const fail = (message: string, fix: string): ImportOutcome => ({ ok: false, problems: [{ message, fix }] });

  // read
  onStage('read');
  let text: string;
  let kind: SourceKind;
  let sourceFile: string;
  if ('bytes' in request.source) {
    const { file, bytes } = request.source;
    const found = kindOf(file);
    if (found === null) {
      return fail(
        `“${file}” is not a file Verbatim can read`,
        'Choose a .txt, .md or .html file, or paste the article’s text.',
      );
    }
    if (bytes.length > MAX_SOURCE_BYTES) {
      return fail(
        `“${file}” is ${megabytes(bytes.length)}; an article may be at most ${megabytes(MAX_SOURCE_BYTES)}`,
        'Keep only the article itself, or split it into several.',
      );
    }
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return fail(`“${file}” ${decoded.message}`, decoded.fix);
    ({ text } = decoded);
    kind = found;
    sourceFile = file;
  } else {
    text = request.source.text;
    kind = 'text';
    sourceFile = 'pasted text';
  }

  // reduce
  onStage('reduce');
  let meta: Partial<HtmlMeta> = {};
  if (kind === 'markdown') text = reduceMarkdown(text);
  if (kind === 'html') {
    const reduced = reduceHtml(text);
    if (reduced.text.trim() === '') {
      return fail(
        'The page has no article text Verbatim could find, only code, menus or pictures',
        'Open the page in a browser, select the article’s text, and paste it here.',
      );
    }
    ({ text, meta } = reduced);
  }
  const source = withFrontMatter(text, {
    title: request.title ?? meta.title ?? null,
    url: request.url ?? meta.url ?? null,
    byline: meta.byline ?? null,
    date: meta.date ?? null,
    source: meta.source ?? null,
    language: meta.language ?? null,
  });

  // analyse
  onStage('analyse');
  const analyzed = analyzeSource(source);
  if (!analyzed.ok) return fail(`The article ${analyzed.problem.message}`, analyzed.problem.fix);

  // check
  onStage('check');
  const problems = checkAnalysis(source, analyzed.analysis);
  // Line numbers help only when they are the reader's own lines: not after HTML or front matter was made.
  const ownLines = 'text' in request.source && source === request.source.text;
  if (problems.length > 0) {
    return {
      ok: false,
      problems: problems.map((p) => ({
        message: `The article ${p.line === null || !ownLines ? '' : `(line ${String(p.line)}) `}${p.message}`,
        fix: p.fix,
      })),
    };
  }
  const id = localId(analyzed.analysis.meta.title ?? '', request.nonce);
  const validated = validateArticle(analyzed.analysis, { id, sourceFile });
  if (!validated.ok) return fail(`The article ${validated.problem.message}`, validated.problem.fix);
  return { ok: true, article: validated.article };
}

/** `local-talks-resume-in-doha-k3x9q2`: readable in the address bar, unique by its nonce. */
export function localId(title: string, nonce: string): string {
  const slug = toArticleId(title).slice(0, MAX_SLUG).replace(TRAILING_HYPHENS, '');
  return [LOCAL_ID_PREFIX.slice(0, -1), slug, toArticleId(nonce)].filter(Boolean).join('-');
}

/**
 * The fields as front matter before the text, so the engine reads them as it reads a bundled article's;
 * a text with front matter of its own is left as written. Values are kept to one line.
 */
export function withFrontMatter(text: string, fields: Readonly<Record<string, string | null>>): string {
  if (FRONT_MATTER_START.test(text)) return text;
  const lines = Object.entries(fields).flatMap(([key, value]) => {
    const line = value?.replace(LINE_BREAKS, ' ').trim();
    return line ? [`${key}: ${line}`] : [];
  });
  return lines.length === 0 ? text : `---\n${lines.join('\n')}\n---\n${text}`;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
