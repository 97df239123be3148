// A paragraph cut into what the reader draws: runs of plain text and quotation runs, nested as the
// quotations are. Reading the text runs in order gives back the paragraph exactly, whatever the spans.
// e.g. 'He said "a \'b\' c".' → text 'He said ', quote [text '"a ', quote [text "'b'"], text ' c"'], text '.'

import type { Analysis, QuoteKind, Span } from '@/analysis';

import { nestQuotes, type DroppedQuote, type PlacedQuote, type QuoteSpan } from './nest-quotes';

export type { DroppedQuote, DropReason, QuoteSpan } from './nest-quotes';

export interface TextRun {
  readonly type: 'text';
  /** Where the run sits in the article text, so search matches can be found and marked in it. */
  readonly span: Span;
  readonly text: string;
}

export interface QuoteRun {
  readonly type: 'quote';
  readonly quoteId: string;
  readonly kind: QuoteKind;
  /** 0 for a quotation in no other, 1 inside one, and so on. */
  readonly depth: number;
  /** The piece of the quotation inside this paragraph. */
  readonly span: Span;
  /** The quotation began in an earlier paragraph: this is not its first piece. */
  readonly continuesFromPrevious: boolean;
  /** The quotation goes on after this paragraph: this is not its last piece. */
  readonly continuesInNext: boolean;
  readonly children: readonly Segment[];
}

export type Segment = TextRun | QuoteRun;

export interface ParagraphSegments {
  /** The paragraph's span, clamped to the text. */
  readonly span: Span;
  readonly segments: readonly Segment[];
}

export interface SegmentedParagraph extends ParagraphSegments {
  /** Every quotation given that cannot be highlighted, in this paragraph or any other. */
  readonly dropped: readonly DroppedQuote[];
}

export interface SegmentedArticle {
  readonly paragraphs: readonly ParagraphSegments[];
  readonly dropped: readonly DroppedQuote[];
}

/**
 * One paragraph's runs. Crossing quotations are settled among all `quotes`, not only those in the paragraph,
 * so every paragraph of an article keeps and drops the same ones; `segmentArticle` settles them once.
 */
export function segmentParagraph(
  text: string,
  paragraph: Span,
  quotes: readonly QuoteSpan[],
): SegmentedParagraph {
  const { placed, dropped } = nestQuotes(text, quotes);
  return { ...layOut(text, clampParagraph(text, paragraph), placed), dropped };
}

/** Every paragraph's runs, in the order the analysis lists them. */
export function segmentArticle(
  analysis: Pick<Analysis, 'text' | 'paragraphs'> & { readonly quotes: readonly QuoteSpan[] },
): SegmentedArticle {
  const { placed, dropped } = nestQuotes(analysis.text, analysis.quotes);
  const paragraphs = analysis.paragraphs.map((p) =>
    layOut(analysis.text, clampParagraph(analysis.text, p), placed),
  );
  return { paragraphs, dropped };
}

/** A paragraph span within the text; a reversed or meaningless one becomes empty rather than throwing. */
function clampParagraph(text: string, [from, to]: Span): Span {
  const at = (offset: number) =>
    Number.isNaN(offset) ? 0 : Math.min(Math.max(Math.trunc(offset), 0), text.length);
  return [at(from), Math.max(at(from), at(to))];
}

interface OpenRun extends QuoteRun {
  readonly children: Segment[];
}

function layOut(text: string, span: Span, placed: readonly PlacedQuote[]): ParagraphSegments {
  const [first, last] = span;
  const segments: Segment[] = [];
  const open: OpenRun[] = [];
  let cursor = first;
  const textUntil = (offset: number) => {
    if (offset > cursor)
      (open.at(-1)?.children ?? segments).push({
        type: 'text',
        span: [cursor, offset],
        text: text.slice(cursor, offset),
      });
    cursor = Math.max(cursor, offset);
  };
  const closeUntil = (offset: number) => {
    for (let top = open.at(-1); top && top.span[1] <= offset; top = open.at(-1)) {
      textUntil(top.span[1]);
      open.pop();
    }
  };

  for (const { quote, start, end, depth } of overlapping(placed, span)) {
    const piece: Span = [Math.max(start, first), Math.min(end, last)];
    closeUntil(piece[0]);
    textUntil(piece[0]);
    const run: OpenRun = {
      type: 'quote',
      quoteId: quote.id,
      kind: quote.kind,
      depth,
      span: piece,
      continuesFromPrevious: start < first,
      continuesInNext: end > last,
      children: [],
    };
    (open.at(-1)?.children ?? segments).push(run);
    open.push(run);
  }
  closeUntil(last);
  textUntil(last);
  return { span, segments };
}

/** The placed quotations overlapping `[first, last)`, in placed order, without scanning the whole article. */
function overlapping(placed: readonly PlacedQuote[], [first, last]: Span): PlacedQuote[] {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((placed[mid]?.start ?? first) < first) lo = mid + 1;
    else hi = mid;
  }
  // Those starting before the paragraph and reaching into it all contain the last one starting before it,
  // or are it: walk up from there.
  const before: PlacedQuote[] = [];
  for (let k = lo - 1, q = placed[k]; q; k = q.parent, q = placed[k]) if (q.end > first) before.unshift(q);
  const inside: PlacedQuote[] = [];
  for (let k = lo, q = placed[k]; q && q.start < last; k++, q = placed[k]) inside.push(q);
  return first < last ? [...before, ...inside] : [];
}
