import { describe, expect, it } from 'vitest';

import type { Hit } from '@/content/search/present';
import { formatRoute } from '@/lib/router';

import { hitRoute } from './hit-route';

const hit = (over: Partial<Hit>): Hit => ({
  kind: 'text',
  text: 'Doha',
  marks: [[0, 4]],
  cutBefore: false,
  cutAfter: false,
  speaker: null,
  quote: null,
  match: [10, 14],
  ...over,
});

describe('hitRoute', () => {
  it.each<[string, Hit | undefined, string]>([
    ['a narrative word', hit({}), '#/a/seed?match=10-14'],
    [
      'a quotation, with the word marked inside it',
      hit({ kind: 'quote', quote: { id: 'q6', kind: 'direct' } }),
      '#/a/seed?quote=q6&match=10-14',
    ],
    [
      'a speaker, into the article with their quotations in focus',
      hit({ kind: 'speaker', speaker: { id: 's1', name: 'Zamir Kabulov' }, match: null }),
      '#/a/seed?speaker=s1',
    ],
    ['a title', hit({ kind: 'title', match: null }), '#/a/seed'],
    ['no hit', undefined, '#/a/seed'],
  ])('%s', (_, h, expected) => {
    expect(formatRoute(hitRoute('seed', h))).toBe(expected);
  });
});
