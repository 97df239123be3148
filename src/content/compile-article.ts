// One source text to one validated Article, or the reasons it cannot be one: the steps the content build
// (build.ts) and the browser importer (src/features/import) share, so an article a reader brings is made
// exactly as a bundled one is. Pure: no Node, no DOM.
//   analyze   run the engine; its front matter problems are errors
//   check     some text, some words, a title
//   validate  the article against the schema
// Messages have no subject (`has no text, …`): the build puts the file name before them, the importer
// "The article".

// Relative, not '@/analysis': vite.config.ts loads this file through build.ts, before the alias exists.
import { analyze, type Analysis } from '../analysis';

import { hasWords, toArticleInput } from './derive';
import { safeParseArticle } from './fast-parse';
import { lineAt } from './problems';
import type { Article } from './schema';

/** 10 MiB. The engine takes several seconds per megabyte and a reader would not open such a page. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export interface SourceProblem {
  /** 1-based line of the source, or null for the whole source. */
  readonly line: number | null;
  /** What is wrong, without a subject or a final full stop. */
  readonly message: string;
  /** What to do about it, as a sentence. */
  readonly fix: string;
}

export const FRONT_MATTER_FIX =
  'Front matter is "key: value" lines between a first line "---" and a closing "---" line, with the ' +
  'keys title, date, source, url, byline, language and slug: fix the line or remove it.';
export const ENGINE_BUG_FIX =
  'This is a bug in Verbatim, not in the article: please report it together with this file.';

export type Analyzed =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly problem: SourceProblem };

export function analyzeSource(source: string): Analyzed {
  try {
    return { ok: true, analysis: analyze(source) };
  } catch (e) {
    return {
      ok: false,
      problem: {
        line: null,
        message: `made the analysis engine fail (${e instanceof Error ? e.message : String(e)})`,
        fix: ENGINE_BUG_FIX,
      },
    };
  }
}

/** What keeps an analysed source from being an article: bad front matter, no text, no words, no title. */
export function checkAnalysis(source: string, analysis: Analysis): SourceProblem[] {
  const problems: SourceProblem[] = analysis.problems.map((p) => ({
    line: p.line,
    message: p.message,
    fix: FRONT_MATTER_FIX,
  }));
  if (analysis.paragraphs.length === 0) {
    problems.push(
      analysis.bodyOffset > 0
        ? {
            line: lineAt(source, analysis.bodyOffset),
            message: 'has front matter but no article text after it',
            fix: 'Write the article below the front matter, or remove the file.',
          }
        : {
            line: null,
            message: 'has no text, only blank lines or spaces',
            fix: 'Write the article or remove the file.',
          },
    );
  } else if (!hasWords(analysis.text)) {
    problems.push({
      line: null,
      message: 'has no words, only quotation marks and punctuation',
      fix: 'Write the article or remove the file.',
    });
  } else if (analysis.meta.title === null) {
    problems.push({
      line: null,
      message: 'has no title, and none could be derived from its first lines',
      fix: 'Add a "title: …" line to the front matter.',
    });
  }
  return problems;
}

export type Validated =
  { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly problem: SourceProblem };

/** The article file from a checked analysis, validated; a failure here is the engine's fault. */
export function validateArticle(analysis: Analysis, ids: { id: string; sourceFile: string }): Validated {
  const parsed = safeParseArticle(toArticleInput(analysis, ids));
  if (parsed.success) return { ok: true, article: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
  return {
    ok: false,
    problem: {
      line: null,
      message: `gives an article that fails the schema (${issues.join('; ')})`,
      fix: ENGINE_BUG_FIX,
    },
  };
}
