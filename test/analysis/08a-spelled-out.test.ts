// Where an acronym is spelled out: spelledOut tries one regex only where the first letter stands at a
// word boundary, instead of running it over the whole text. It must find what that whole-text run finds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { spelledOut } from '@/analysis/08a-entities';

/** The whole-text regex spelledOut stands for: from a word boundary, the capitalised words joined. */
function wholeText(text: string, letters: string): string | null {
  const spelled = new RegExp(
    `\\b${[...letters].map((c) => `${c}[\\p{L}'’-]*`).join(`(?:,?\\s+(?:(?:and|of|the|for|on|&)\\s+)*)`)}\\b`,
    'u',
  );
  return spelled.exec(text)?.[0] ?? null;
}

const word = fc.oneof(
  fc.constantFrom(
    'Internal Revenue Service',
    'Immigration, Refugees and Citizenship Canada',
    'Ice Station',
    'Éire Rivers',
    'Revenue Service',
    'Rivers and the Sea',
  ),
  fc.constantFrom(
    'Internal',
    'Revenue',
    'Service',
    'IRS',
    'Immigration',
    'Refugees',
    'Citizenship',
    'Canada',
    'Élan',
    'Éire',
    'Rivers',
    'said',
    'and',
    'of',
    'the',
    'for',
    'on',
    '&',
    'x-Ray',
    'Ice',
    'Station',
    'S',
  ),
);
const separator = fc.constantFrom(' ', ', ', '-', '_', '\n', '. ', '’', 'é', '“', '2');
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 24 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const letters = fc.constantFrom('IRS', 'IRCC', 'RS', 'ÉR', 'RTS', 'IS', 'X');

describe('spelledOut', () => {
  it('finds the spelled-out name a whole-text search finds', () => {
    let found = 0;
    fc.assert(
      fc.property(text, letters, (t, l) => {
        const expected = wholeText(t, l);
        if (expected !== null) found++;
        expect(spelledOut(t, l)?.[0] ?? null).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // The generated texts spell some of the acronyms out, so the property compares matches, not only misses.
    expect(found).toBeGreaterThan(300);
  });

  it('finds a name the acronym comes before, across commas and joining words', () => {
    const t = 'The IRCC said so. Immigration, Refugees and Citizenship Canada agreed.';
    expect(spelledOut(t, 'IRCC')?.[0]).toBe('Immigration, Refugees and Citizenship Canada');
  });
});
