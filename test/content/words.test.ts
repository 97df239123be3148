import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hasWords } from '@/content/derive';
import { countWords, WORD } from '@/content/words';

// Every word collected, then counted: what countWords does without making the strings.
const collected = (text: string) => text.match(WORD)?.length ?? 0;

const pieces = fc.constantFrom(
  'word',
  'U.S.',
  'let’s',
  '1,000',
  ' ',
  '\n',
  '“',
  '”',
  '—',
  'é',
  '\u0301',
  '-',
  '…',
);

describe('countWords and hasWords', () => {
  it('count as collecting the words does, however often they are asked', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          expect(countWords(text)).toBe(collected(text));
          expect(countWords(text)).toBe(collected(text));
          expect(hasWords(text)).toBe(collected(text) > 0);
        },
      ),
    );
  });

  it('tell punctuation alone from words', () => {
    expect(hasWords('“ — ” …')).toBe(false);
    expect(hasWords('“Yes.”')).toBe(true);
    expect(countWords('She said: “Let’s go to the U.S. on 1,000 boats.”')).toBe(10);
  });
});
