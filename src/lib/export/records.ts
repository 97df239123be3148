// One shape for an exported quotation, whichever page it comes from, and its CSV and JSON files.

import type { Article, Quote } from '@/content/schema';
import type { SpeakerPage, SpeakerQuote } from '@/content/speakers/schema';
import { formatRoute, routes } from '@/lib/router';

import { toCsv } from './csv';

export interface QuoteRecord {
  /** Null: no speaker could honestly be found. */
  readonly speaker: string | null;
  /** The speaker's role as this article gives it. */
  readonly role: string | null;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly quotation: string;
  readonly cue: string | null;
  readonly article: string;
  readonly source: string | null;
  readonly date: string | null;
  /** The article's own address, when it gives one. */
  readonly articleUrl: string | null;
  /** This app, open on the quotation. */
  readonly link: string;
}

/** The app's address for a quotation: this page's address with the reader's hash. */
export const quoteLink = (articleId: string, quoteId: string, base: string): string =>
  new URL(formatRoute(routes.article(articleId, { quote: quoteId })), base).href;

/** One quotation of an article, credited as the article credits it. */
export function quoteRecord(article: Article, q: Quote, base: string): QuoteRecord {
  const speaker = q.speakerId === null ? undefined : article.speakers.find((s) => s.id === q.speakerId);
  return {
    speaker: speaker?.name ?? null,
    role: speaker?.roles[0] ?? null,
    kind: q.kind,
    quotation: article.text.slice(q.content[0], q.content[1]),
    cue: q.cue?.text ?? null,
    article: article.meta.title,
    source: article.meta.source,
    date: article.meta.date,
    articleUrl: article.meta.url,
    link: quoteLink(article.id, q.id, base),
  };
}

/** Every quotation of an article, in reading order. */
export const articleRecords = (article: Article, base: string): QuoteRecord[] =>
  [...article.quotes].sort((a, b) => a.span[0] - b.span[0]).map((q) => quoteRecord(article, q, base));

/** One quotation on a speaker's page, credited to the page's name (the merged one). */
export function speakerRecord(page: SpeakerPage, q: SpeakerQuote, base: string): QuoteRecord {
  const at = page.appearances.find((a) => a.articleId === q.articleId);
  return {
    speaker: page.name,
    role: at?.roles[0] ?? null,
    kind: q.kind,
    quotation: q.text,
    cue: q.cue,
    article: at?.title ?? q.articleId,
    source: at?.source ?? null,
    date: at?.date ?? null,
    articleUrl: at?.url ?? null,
    link: quoteLink(q.articleId, q.quoteId, base),
  };
}

/** Every quotation on a speaker's page, oldest article first. */
export const speakerRecords = (page: SpeakerPage, base: string): QuoteRecord[] =>
  page.quotes.map((q) => speakerRecord(page, q, base));

const COLUMNS = [
  ['speaker', 'Speaker'],
  ['role', 'Role'],
  ['kind', 'Kind'],
  ['quotation', 'Quotation'],
  ['cue', 'Cue'],
  ['article', 'Article'],
  ['source', 'Source'],
  ['date', 'Date'],
  ['articleUrl', 'Article URL'],
  ['link', 'Link'],
] as const satisfies readonly (readonly [keyof QuoteRecord, string])[];

export const recordsCsv = (records: readonly QuoteRecord[]): string =>
  toCsv(
    COLUMNS.map(([, title]) => title),
    records.map((r) => COLUMNS.map(([key]) => r[key])),
  );

/** What the file holds, then the quotations, with the same fields as the CSV. */
export const recordsJson = (of: string, records: readonly QuoteRecord[]): string =>
  `${JSON.stringify({ exportedFrom: 'Verbatim', of, quotations: records }, null, 2)}\n`;
