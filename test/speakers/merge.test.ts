import { describe, expect, it } from 'vitest';

import type { Article } from '@/content/schema';
import { mergeSpeakers } from '@/content/speakers/merge';
import { SpeakerIndex, SpeakerPage } from '@/content/speakers/schema';

import { toArticle } from '../search/corpus';
import { corpusArticles } from './corpus';

const merged = mergeSpeakers(corpusArticles());
const page = (key: string) => {
  const found = merged.pages.find((p) => p.key === key);
  if (!found) throw new Error(`no page ${key}; have ${merged.pages.map((p) => p.key).join(', ')}`);
  return found;
};

describe('mergeSpeakers over the test corpus', () => {
  it('writes files the schemas accept', () => {
    expect(SpeakerIndex.safeParse(merged.index).success).toBe(true);
    for (const p of merged.pages) expect(SpeakerPage.safeParse(p).error).toBeUndefined();
  });

  it('merges one name written three ways, and says how', () => {
    const alvarez = page('jose-alvarez');
    expect(alvarez.name).toBe('José Álvarez');
    expect(alvarez.appearances.map((a) => [a.articleId, a.name, a.via])).toEqual([
      ['harbour-bridge', 'José Álvarez', 'name'],
      ['ferry-service', 'Jose Alvarez', 'name'],
      ['market-square', 'Alvarez', 'surname'],
    ]);
    expect(alvarez.quotes.map((q) => `${q.articleId}/${q.quoteId}`)).toEqual([
      'harbour-bridge/q1',
      'harbour-bridge/q4',
      'ferry-service/q2',
      'market-square/q2',
    ]);
    expect(alvarez.quotes[1]?.cue).toBe('told reporters');
    expect(alvarez.aliases).toContain('Alvarez');
    expect(merged.index.speakers[0]?.variants).toEqual(['jose-alvarez', 'alvarez']);
  });

  it('keeps a bare surname apart when two full names end with it, and says so on each page', () => {
    expect(page('okafor').appearances.map((a) => a.articleId)).toEqual(['harbour-fees']);
    expect(
      page('okafor')
        .ambiguous.map((o) => o.name)
        .sort(),
    ).toEqual(['Maria Okafor', 'Ruth Okafor']);
    expect(page('ruth-okafor').ambiguous).toEqual([{ name: 'Okafor', key: 'okafor' }]);
    expect(page('maria-okafor').quotes).toHaveLength(2);
  });

  it('shows the roles an article gives, oldest article first', () => {
    expect(page('ruth-okafor').appearances.map((a) => [a.date, a.roles])).toEqual([
      ['2024-03-05', ['Councillor']],
      ['2024-04-12', ['member of the council']],
    ]);
  });

  it('never merges speakers the engine could not name', () => {
    const unnamed = merged.index.speakers.filter((s) => s.key.includes('--'));
    expect(unnamed.map((s) => s.key).sort()).toEqual([
      'council--market-square',
      'port-office--ferry-service',
    ]);
    expect(unnamed.find((s) => s.key === 'council--market-square')?.variants).toContain('council');
  });

  it('lists who is quoted in the same articles, most shared first, linked by key', () => {
    expect(page('jose-alvarez').coQuoted.slice(0, 2)).toEqual([
      { key: 'ruth-okafor', name: 'Ruth Okafor', shared: 2 },
      { key: 'maria-okafor', name: 'Maria Okafor', shared: 1 },
    ]);
    expect(page('okafor').coQuoted).toEqual([]);
  });

  it('orders the index by quotations, and lists articles newest first', () => {
    const counts = merged.index.speakers.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(merged.index.speakers[0]?.articles).toEqual(['market-square', 'ferry-service', 'harbour-bridge']);
  });
});

describe('mergeSpeakers, conservative', () => {
  const article = (id: string, body: string): Article => toArticle(id, `Headline for ${id}\n\n${body}`);

  it('merges a surname with the one full name ending so, only for people', () => {
    const { pages } = mergeSpeakers([
      article('a', '“We will stay,” said Vladimir Petrov, the minister.'),
      article('b', '“We will not leave,” Petrov said.'),
    ]);
    expect(pages.map((p) => p.key)).toEqual(['vladimir-petrov']);
  });

  it('does not merge different first names, nor a surname that is also a first name elsewhere', () => {
    const { pages } = mergeSpeakers([
      article('a', '“We will stay,” said Vladimir Petrov, the minister.'),
      article('b', '“We will go,” said Anna Petrov, the mayor.'),
      article('c', '“Nothing changes,” Petrov said.'),
    ]);
    expect(pages.map((p) => p.key).sort()).toEqual(['anna-petrov', 'petrov', 'vladimir-petrov']);
  });

  it('gives an empty corpus an empty index', () => {
    expect(mergeSpeakers([]).index.speakers).toEqual([]);
  });
});
