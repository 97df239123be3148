// Exporting a search: the quotations it found in each article — those whose words matched, all of a
// speaker whose name matched — narrowed by the speaker and kind filters.

import { describe, expect, it } from 'vitest';

import { buildSearchIndex } from '@/content/search/build-index';
import { docEntry } from '@/content/search/document';
import { NO_FILTERS } from '@/content/search/filters';
import type { TermShard } from '@/content/search/format';
import { parseQuery, search } from '@/content/search/query';
import { quotesFound } from '@/content/search/quotes-found';

import { toArticle } from './corpus';

const article = toArticle(
  'harbour',
  [
    'Council agrees to mend the harbour bridge',
    '',
    '“The bridge is safe for now, but the bill grows every month,” said Paul Okafor, the treasurer.',
    'The repairs will take a year, Okafor said.',
    '“We were never asked about the ferry,” said Mira Haldane, a councillor.',
    'Residents crossed the bridge on foot all week.',
  ].join('\n'),
);
const built = buildSearchIndex([article]);
const loaded = { manifest: built.manifest, shards: new Map(built.files) as Map<string, TermShard> };
const doc = docEntry(article);

/** The words of each quotation found for `q`, in reading order. */
function found(q: string, filters: Partial<typeof NO_FILTERS> = {}): string[] {
  const query = parseQuery(q);
  const browsing = query.parts.length === 0;
  const matches = browsing ? [] : (search(loaded, query)[0]?.matches ?? []);
  return quotesFound(doc, article, matches, { ...NO_FILTERS, ...filters }, browsing).map((x) =>
    article.text.slice(x.content[0], x.content[1]),
  );
}

const speakerOf = (words: RegExp): string | null => {
  const q = article.quotes.find((x) => words.test(article.text.slice(x.content[0], x.content[1])));
  return article.speakers.find((s) => s.id === q?.speakerId)?.name ?? null;
};

describe('the quotations a search found', () => {
  it('has the article quote its speakers as the corpus intends', () => {
    expect(speakerOf(/bill grows/)).toBe('Paul Okafor');
    expect(speakerOf(/ferry/)).toBe('Mira Haldane');
  });

  it('keeps the quotations whose words matched, and not the narrative that matched too', () => {
    const words = found('bridge');
    expect(words).toHaveLength(1);
    expect(words[0]).toMatch(/The bridge is safe/);
  });

  it('keeps every quotation of a speaker whose name matched', () => {
    const words = found('Okafor');
    expect(words.some((w) => /bill grows/.test(w))).toBe(true);
    expect(words.some((w) => /repairs will take a year/.test(w))).toBe(true);
    expect(words.some((w) => /ferry/.test(w))).toBe(false);
  });

  it('narrows to the filtered speaker and kind', () => {
    expect(found('Okafor', { kind: 'indirect' })).toEqual([
      expect.stringMatching(/repairs will take a year/),
    ]);
    expect(found('', { speaker: 'Mira Haldane' })).toEqual([expect.stringMatching(/ferry/)]);
    expect(found('bridge', { speaker: 'Mira Haldane' })).toEqual([]);
  });

  it('keeps every quotation when only filters were asked', () => {
    expect(found('')).toHaveLength(article.quotes.length);
  });
});
