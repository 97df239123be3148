// Everything the reader derives from an article once: the paragraphs it shows cut into runs, lookups by
// id, each speaker's colour and the quotations in reading order.

import type { Article, Quote, Span, Speaker } from '@/content/schema';
import { speakerColor } from '@/lib/speaker-colors';

import { bodyParagraphs, type BodyParagraph } from './body';
import type { OrderedQuote } from './quote-order';
import { segmentArticle, type DroppedQuote, type Segment } from './segments';

export interface ShownParagraph extends BodyParagraph {
  readonly segments: readonly Segment[];
}

export interface ReaderModel {
  readonly paragraphs: readonly ShownParagraph[];
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  /** Colour number per speaker id (see src/lib/speaker-colors.ts). */
  readonly colors: ReadonlyMap<string, number | null>;
  /** Highlighted quotations in reading order, outer before inner. */
  readonly order: readonly OrderedQuote[];
  /** The shown paragraphs' spans: where find looks. */
  readonly ranges: readonly Span[];
  readonly dropped: readonly DroppedQuote[];
}

export function buildReaderModel(
  article: Pick<Article, 'text' | 'paragraphs' | 'meta' | 'quotes' | 'speakers'>,
): ReaderModel {
  const shown = bodyParagraphs(article.text, article.paragraphs, article.meta);
  const { paragraphs, dropped } = segmentArticle({
    text: article.text,
    paragraphs: shown.map((p) => p.span),
    quotes: article.quotes,
  });
  const quotes = new Map(article.quotes.map((q) => [q.id, q]));
  const ids = article.speakers.map((s) => s.id);
  const seen = new Set<string>();
  const order: OrderedQuote[] = [];
  const collect = (segments: readonly Segment[]) => {
    for (const s of segments) {
      if (s.type !== 'quote') continue;
      if (!seen.has(s.quoteId)) {
        seen.add(s.quoteId);
        order.push({ id: s.quoteId, speakerId: quotes.get(s.quoteId)?.speakerId ?? null });
      }
      collect(s.children);
    }
  };
  const withSegments = shown.map((p, k) => ({ ...p, segments: paragraphs[k]?.segments ?? [] }));
  for (const p of withSegments) collect(p.segments);
  return {
    paragraphs: withSegments,
    quotes,
    speakers: new Map(article.speakers.map((s) => [s.id, s])),
    colors: new Map(ids.map((id) => [id, speakerColor(ids, id)])),
    order,
    ranges: withSegments.map((p) => p.span),
    dropped,
  };
}
