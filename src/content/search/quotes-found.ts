// Which quotations of an article a search found, for exporting a search: the quotations whose words
// matched, and every quotation of a speaker whose name or role matched ("Kabulov" finds what Kabulov
// said, as the results page's speaker hits do), narrowed by the speaker and kind filters as the facets
// narrow articles. With no query (filters only) every quotation passing the filters is found.

import type { Article, Quote } from '../schema';

import { layout, type DocEntry } from './document';
import type { SearchFilters } from './filters';
import type { Match } from './query';
import { tokenize } from './tokenize';

export function quotesFound(
  doc: DocEntry,
  article: Pick<Article, 'text' | 'quotes' | 'speakers'>,
  matches: readonly Match[],
  filters: Pick<SearchFilters, 'speaker' | 'kind'>,
  browsing: boolean,
): Quote[] {
  const { lines, bodyBase } = layout(doc);
  const speakersFound = new Set<string>();
  const spans: [number, number][] = [];
  const tokens = matches.some((m) => m.ordinal >= bodyBase && m.field === 'quote')
    ? tokenize(article.text)
    : [];
  for (const m of matches) {
    if (m.ordinal >= bodyBase) {
      if (m.field !== 'quote') continue;
      const a = tokens[m.ordinal - bodyBase];
      const b = tokens[m.ordinal - bodyBase + m.length - 1];
      if (a && b) spans.push([a.start, b.end]);
      continue;
    }
    const line = lines.find((l) => m.ordinal >= l.from && m.ordinal < l.from + l.tokens.length);
    const speaker = line?.speaker == null ? undefined : doc.speakers[line.speaker];
    if (speaker) speakersFound.add(speaker[0]);
  }
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  const passes = (q: Quote): boolean =>
    (filters.kind === null || q.kind === filters.kind) &&
    (filters.speaker === null || (q.speakerId !== null && names.get(q.speakerId) === filters.speaker));
  const found = (q: Quote): boolean =>
    browsing ||
    (q.speakerId !== null && speakersFound.has(q.speakerId)) ||
    spans.some(([s, e]) => q.content[0] <= s && e <= q.content[1]);
  return article.quotes.filter((q) => passes(q) && found(q)).sort((a, b) => a.span[0] - b.span[0]);
}
