// A reader's corrections in words, for the list of them: what each one changed, grouped by article.

import type { Correction } from '@/content/corrections/schema';

const KIND_WORDS = { direct: 'direct', indirect: 'indirect', mixed: 'mixed' } as const;

/** `Speaker → Zamir Kabulov · Kind → direct`, or `Not a quotation`. */
export function describeCorrection(c: Correction): string {
  if (c.rejected) return 'Not a quotation';
  const parts: string[] = [];
  if (c.speaker !== undefined) {
    const { speaker } = c;
    const who =
      speaker === null
        ? 'unknown'
        : speaker.kind
          ? `${speaker.name} (new${speaker.role ? `, ${speaker.role}` : ''})`
          : speaker.name;
    parts.push(`Speaker → ${who}`);
  }
  if (c.kind) parts.push(`Kind → ${KIND_WORDS[c.kind]}`);
  return parts.join(' · ');
}

/** Corrections by article, articles in the order first corrected, each article's newest first. */
export function groupByArticle(corrections: readonly Correction[]): [string, Correction[]][] {
  const groups = new Map<string, Correction[]>();
  for (const c of corrections) groups.set(c.article, [c, ...(groups.get(c.article) ?? [])]);
  return [...groups];
}
