// Which paragraphs of the body the reader shows. Title and byline lines sit in the body text but are
// shown in the header, so a paragraph that is nothing but those is skipped; the dateline opens the lead
// ("KABUL: The U.S. …") and stays in it, drawn apart. A derived title IS the lead's first sentence, so
// the lead is never hidden for it.

import type { ArticleMeta, Span } from '@/content/schema';

export interface BodyParagraph {
  /** Index into `article.paragraphs`, kept so positions and anchors survive hidden paragraphs. */
  readonly index: number;
  readonly span: Span;
  /** The dateline inside this paragraph, if it opens it. */
  readonly dateline: Span | null;
}

/** Letters or digits: a paragraph left with none once the furniture is taken out shows nothing. */
const WORDY = /[\p{L}\p{N}]/u;

export function bodyParagraphs(
  text: string,
  paragraphs: readonly Span[],
  meta: Pick<ArticleMeta, 'titleSpan' | 'titleDerived' | 'bylineSpan' | 'datelineSpan'>,
): BodyParagraph[] {
  const furniture = [meta.titleDerived ? null : meta.titleSpan, meta.bylineSpan]
    .filter((s): s is Span => s !== null)
    .sort((x, y) => x[0] - y[0]);
  const dateline = meta.datelineSpan;
  const out: BodyParagraph[] = [];
  paragraphs.forEach((span, index) => {
    if (furniture.length > 0 && !WORDY.test(outside(text, span, furniture))) return;
    const opens =
      dateline !== null && dateline[0] >= span[0] && dateline[1] <= span[1] && dateline[0] < dateline[1];
    out.push({ index, span, dateline: opens ? dateline : null });
  });
  return out;
}

/**
 * The paragraph's text with the given spans (in text order) cut out: for most paragraphs of a long article,
 * which no span touches, a slice of the text that V8 does not copy.
 */
function outside(text: string, [from, to]: Span, cuts: readonly Span[]): string {
  let kept = '';
  let cursor = from;
  for (const [a, b] of cuts) {
    if (b <= cursor || a >= to) continue;
    kept += text.slice(cursor, Math.max(cursor, a));
    cursor = Math.max(cursor, b);
  }
  return kept + text.slice(Math.min(cursor, to), to);
}
