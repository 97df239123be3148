// Articles for the search tests: the seed, a few written to exercise folding and ranking, and synthetic
// news from the benchmark's generator, all through the real engine and schema as the build makes them.

import { readFileSync } from 'node:fs';

import { analyze } from '@/analysis';
import { toArticleInput } from '@/content/derive';
import { Article } from '@/content/schema';

import { generateArticle } from '../bench/corpus';

export const toArticle = (id: string, text: string): Article =>
  Article.parse(toArticleInput(analyze(text), { id, sourceFile: `${id}.txt` }));

export const SEED_TEXT = readFileSync(
  new URL('../../src/content/articles/seed.txt', import.meta.url),
  'utf8',
);

export const WRITTEN: Readonly<Record<string, string>> = {
  // Accents and apostrophes in every form; Éloïse is quoted.
  cafe: [
    'Café owners in Liège protest',
    '',
    'The café owners’ union met on Monday. “We will not close,” said Éloïse Marchand, the union’s chair.',
    "The city's council did not reply. Russia's envoy was not there.",
  ].join('\n'),
  // Names the narrative only mentions: Marchand here is talked about, not quoted.
  mention: [
    'Council weighs the union’s demands',
    '',
    'Councillors discussed Marchand and the demands Marchand made; Marchand was not invited.',
    '“The budget is fixed,” said Paul Okafor, the treasurer.',
  ].join('\n'),
};

/** Written articles, then synthetic ones, then the seed: a library of `synthetic + 3` articles. */
export function testCorpus(synthetic = 24): Article[] {
  const generated = Array.from({ length: synthetic }, (_, i) => {
    const { text } = generateArticle(7, i);
    return toArticle(`synthetic-${String(i)}`, text);
  });
  return [
    ...Object.entries(WRITTEN).map(([id, text]) => toArticle(id, text)),
    ...generated,
    toArticle('seed', SEED_TEXT),
  ];
}
