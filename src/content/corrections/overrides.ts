// The content build's side of corrections: an overrides file read and checked, then applied to every
// article it names. A correction that matches nothing is a warning, not an error: the engine may have
// been improved so that it finds the right speaker itself, and the editor decides whether to drop it.

import type { ContentProblem } from '../problems';
import { Article } from '../schema';
import { applyCorrections, type UnmatchedReason } from './apply';
import { Overrides, type Correction } from './schema';

const REASONS: Record<UnmatchedReason | 'no-article', string> = {
  'no-article': 'names an article the content folder does not have',
  'no-quotation': 'matches no quotation (the article or the engine changed)',
  'no-speaker': 'names a speaker the article does not have',
};

/** What is wrong with an overrides file's contents, as problems to stop the build; else the overrides. */
export function readOverrides(
  file: string,
  raw: string,
): { ok: true; overrides: Overrides } | { ok: false; problem: ContentProblem } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return {
      ok: false,
      problem: {
        file,
        line: null,
        message: `is not JSON (${(e as Error).message})`,
        fix: 'Save the file the app downloads ("Download overrides file") as it is, or fix the JSON.',
      },
    };
  }
  const parsed = Overrides.safeParse(json);
  if (parsed.success) return { ok: true, overrides: parsed.data };
  return {
    ok: false,
    problem: {
      file,
      line: null,
      message: `is not a valid overrides file (${parsed.error.message})`,
      fix: 'It must be { "format": "verbatim-overrides", "version": 1, "corrections": [...] }.',
    },
  };
}

/** Every article with the corrections made for it, and a warning for each correction that found nothing. */
export function applyOverrides(
  articles: readonly Article[],
  { corrections }: Overrides,
  file: string,
): { articles: Article[]; warnings: ContentProblem[] } {
  const failed = new Map<Correction, UnmatchedReason | 'no-article'>();
  const ids = new Set(articles.map((a) => a.id));
  for (const c of corrections) if (!ids.has(c.article)) failed.set(c, 'no-article');
  const corrected = articles.map((article) => {
    const result = applyCorrections(article, corrections);
    for (const { correction, reason } of result.unmatched) failed.set(correction, reason);
    // Validated again, as everything the build writes is: a correction must never produce a bad file.
    return result.article === article ? article : Article.parse(result.article);
  });
  // In the file's order, so an editor can go through them top to bottom.
  const warnings = corrections.flatMap((c, i) => {
    const reason = failed.get(c);
    return reason === undefined
      ? []
      : [
          {
            file,
            line: null,
            message: `corrections[${String(i)}] (${c.article}, “${c.target.text}”) ${REASONS[reason]}`,
            fix: 'Correct it again in the app and download the file anew, or remove it.',
          },
        ];
  });
  return { articles: corrected, warnings };
}
