import { describe, expect, it } from 'vitest';

import { fold, terms, tokenize } from '@/content/search/tokenize';

describe('folding', () => {
  it.each([
    ['Doha', 'doha'],
    ['RUSSIA', 'russia'],
    ['Russia’s', 'russia'],
    ["Russia's", 'russia'],
    ['Russia‘s', 'russia'],
    ['Éloïse', 'eloise'],
    ['Liège', 'liege'],
    ['e\u0301te\u0301', 'ete'],
    ['don’t', "don't"],
    ['ﬁnal', 'final'],
  ])('%s → %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text, apostrophes inside words and nothing else', () => {
    const text = '“Russia’s envoy,” said the co-chair (U.S.).';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['russia', 'envoy', 'said', 'the', 'co', 'chair', 'u', 's']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Russia’s',
      'envoy',
      'said',
      'the',
      'co',
      'chair',
      'U',
      'S',
    ]);
  });

  it('drops quotation marks around a word but keeps the word', () => {
    expect(terms("'Doha' and ‘Kabul’")).toEqual(['doha', 'and', 'kabul']);
  });
});
