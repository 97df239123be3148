// Who is quoted and how much: the sidebar's rows, most quoted first.

import { countQuotes } from '@/content/count-quotes';
import type { Article, Quote, QuoteCounts, Speaker } from '@/content/schema';

export interface SpeakerSummary {
  readonly speaker: Speaker;
  readonly counts: QuoteCounts;
}

export interface Summary {
  /** Speakers with at least one quotation, most quoted first; ties keep the article's order. */
  readonly quoted: readonly SpeakerSummary[];
  /** Speakers the engine found but credited with nothing (named in passing), in the article's order. */
  readonly unquoted: readonly Speaker[];
  /** Quotations whose speaker could not honestly be found. */
  readonly unattributed: QuoteCounts;
}

/**
 * Counts come from the quotations' own `speakerId`, not `speaker.quoteIds`, so the sidebar and the
 * highlights in the text can never disagree. Continuations count once each, as in the article's stats.
 */
export function summarize(article: Pick<Article, 'quotes' | 'speakers'>): Summary {
  const byId = new Map<string | null, Quote[]>();
  for (const q of article.quotes) {
    const list = byId.get(q.speakerId);
    if (list) list.push(q);
    else byId.set(q.speakerId, [q]);
  }
  const rows = article.speakers.map((speaker) => ({
    speaker,
    counts: countQuotes(byId.get(speaker.id) ?? []),
  }));
  // Array.prototype.sort is stable, so equal counts keep the article's (first quoted first) order.
  const quoted = rows.filter((r) => r.counts.total > 0).sort((a, b) => b.counts.total - a.counts.total);
  return {
    quoted,
    unquoted: rows.filter((r) => r.counts.total === 0).map((r) => r.speaker),
    unattributed: countQuotes(byId.get(null) ?? []),
  };
}

/** One speaker's quotations (`null`: the unattributed ones) in reading order. */
export function quotesBy(article: Pick<Article, 'quotes'>, speakerId: string | null): Quote[] {
  return article.quotes
    .filter((q) => q.speakerId === speakerId)
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

const KINDS = ['direct', 'indirect', 'mixed'] as const;
const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * `"8 quotations: 5 direct, 3 indirect"`; a single kind reads as one phrase: `"1 indirect quotation"`.
 * Kinds with no quotation are left out.
 */
export function describeCounts(counts: QuoteCounts): string {
  const parts = KINDS.filter((k) => counts[k] > 0);
  if (parts.length === 0) return 'No quotations';
  if (parts.length === 1) return plural(counts.total, `${parts[0] ?? ''} quotation`);
  return `${plural(counts.total, 'quotation')}: ${parts.map((k) => `${String(counts[k])} ${k}`).join(', ')}`;
}
