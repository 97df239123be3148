// From an analysis to the content format: ids, word counts and reading time, the article file and its
// catalog entry. Pure, so an importer in the browser can derive the same things from an article a reader
// brings.

import type { Analysis } from '@/analysis';

import { articlePath } from './paths';
import { countWords, WORD } from './words';
import {
  countQuotes,
  MAX_ID_LENGTH,
  SCHEMA_VERSION,
  TOP_SPEAKERS,
  type Article,
  type ArticleInput,
  type CatalogEntry,
  type TopSpeaker,
} from './schema';

/** Whether the text has a word at all: the first one is enough. */
export function hasWords(text: string): boolean {
  WORD.lastIndex = 0;
  return WORD.test(text);
}

export const WORDS_PER_MINUTE = 230;

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_ID_CHARS = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/**
 * A slug from a file name or a `slug:` field: accents folded, lower-case ASCII, hyphens between words.
 * `"Kabulov: Russia’s Offer.txt"` → `kabulov-russia-s-offer-txt`; empty when nothing ASCII is left
 * (`"کابل"`).
 */
export function toArticleId(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_ID_CHARS, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(EDGE_HYPHENS, '');
}

/** Rounded up, so a short piece reads as one minute rather than none. */
export const readingMinutes = (words: number): number => Math.ceil(words / WORDS_PER_MINUTE);

/**
 * Every quoted speaker, most quotations first; ties keep the engine's order (first quoted first).
 * Quotations without a speaker are not counted.
 */
export function topSpeakers(analysis: Pick<Analysis, 'quotes' | 'speakers'>): TopSpeaker[] {
  const counts = new Map<string, number>();
  for (const q of analysis.quotes) {
    if (q.speakerId !== null) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  }
  return analysis.speakers
    .map((s) => ({ name: s.name, kind: s.kind, count: counts.get(s.id) ?? 0 }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The article file before validation; `Article.parse` turns it into an Article or says why not. */
export function toArticleInput(
  analysis: Analysis,
  { id, sourceFile }: { id: string; sourceFile: string },
): ArticleInput {
  const { meta } = analysis;
  const words = countWords(analysis.text);
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    sourceFile,
    meta: {
      // The build reports a missing title before it gets here; should one slip through, '' fails validation.
      title: meta.title ?? '',
      titleDerived: meta.titleDerived,
      titleSpan: meta.titleSpan,
      date: meta.date,
      source: meta.source,
      url: meta.url,
      byline: meta.byline,
      bylineSpan: meta.bylineSpan,
      dateline: meta.dateline,
      datelineSpan: meta.datelineSpan,
      language: meta.language,
    },
    text: analysis.text,
    paragraphs: analysis.paragraphs,
    quotes: analysis.quotes,
    speakers: analysis.speakers,
    stats: { words, readingMinutes: readingMinutes(words), quotes: countQuotes(analysis.quotes) },
  };
}

export function toCatalogEntry(article: Article): CatalogEntry {
  const { id, meta, stats } = article;
  return {
    id,
    title: meta.title,
    titleDerived: meta.titleDerived,
    byline: meta.byline,
    dateline: meta.dateline,
    date: meta.date,
    source: meta.source,
    readingMinutes: stats.readingMinutes,
    quoteCount: stats.quotes.total,
    topSpeakers: topSpeakers(article).slice(0, TOP_SPEAKERS),
    quotedSpeakers: topSpeakers(article).map((s) => s.name),
    path: articlePath(id),
  };
}
