// Name queries: an article that quotes the person comes before articles that only talk about them, however
// often they do; and folding makes "Russia’s", "RUSSIA'S" and "russias" one word.

import { describe, expect, it } from 'vitest';

import { buildSearchIndex } from '@/content/search/build-index';
import type { TermShard } from '@/content/search/format';
import { parseQuery, search } from '@/content/search/query';

import { toArticle } from './corpus';

const articles = [
  toArticle(
    'talked-about',
    [
      'Pressure mounts over the budget',
      '',
      'Okafor was not at the meeting. The plan Okafor promised in March has not appeared, and Okafor has ' +
        'not set a date. Okafor’s office was closed. Okafor, Okafor, Okafor: the name came up all evening.',
      '“We cannot wait for June,” said Mira Haldane, a councillor.',
    ].join('\n'),
  ),
  toArticle(
    'quoted',
    [
      'Treasurer defends the plan',
      '',
      'The council’s treasurer spoke to reporters on Friday.',
      '“The budget is fixed and the plan is sound,” said Paul Okafor, the treasurer.',
    ].join('\n'),
  ),
  toArticle(
    'in-a-quote',
    [
      'Market traders wait for answers',
      '',
      'Traders gathered outside the hall.',
      '“Ask Okafor where the money went,” said Jun Park, a trader.',
    ].join('\n'),
  ),
  toArticle(
    'folding',
    ['A note on spelling', '', 'RUSSIA’S envoy and the Société Générale met in Liège.'].join('\n'),
  ),
];
const built = buildSearchIndex(articles);
const loaded = { manifest: built.manifest, shards: new Map(built.files) as Map<string, TermShard> };
const find = (q: string) => search(loaded, parseQuery(q)).map((r) => articles[r.doc]?.id);

describe('ranking for a name', () => {
  it('puts the article quoting the person first, then a quotation naming them, then mere mentions', () => {
    expect(find('Okafor ')).toEqual(['quoted', 'in-a-quote', 'talked-about']);
    expect(find('okafor')[0]).toBe('quoted');
  });
});

describe('folding in queries', () => {
  it.each(['Russia’s ', "Russia's ", "RUSSIA'S ", 'russia ', 'societe ', 'SOCIÉTÉ ', 'liege ', 'Liège '])(
    '%s finds the article',
    (q) => {
      expect(find(q)).toEqual(['folding']);
    },
  );
});
