import { describe, expect, it } from 'vitest';

import type { Quote } from '@/content/schema';

import { drawingNeeds, FIRST_PARAGRAPHS, paragraphAt, paragraphsToDraw, shownAtOrAfter } from './progressive';

// Shown paragraphs of a text where paragraph 1 (furniture) is not shown.
const paragraphs = [
  { index: 0, span: [0, 10] as const },
  { index: 2, span: [20, 30] as const },
  { index: 3, span: [32, 40] as const },
];

describe('paragraphAt', () => {
  it('finds the paragraph holding an offset, the next one between two, none past the end', () => {
    expect(paragraphAt(paragraphs, 0)).toBe(0);
    expect(paragraphAt(paragraphs, 9)).toBe(0);
    expect(paragraphAt(paragraphs, 10)).toBe(1);
    expect(paragraphAt(paragraphs, 25)).toBe(1);
    expect(paragraphAt(paragraphs, 31)).toBe(2);
    expect(paragraphAt(paragraphs, 40)).toBe(-1);
    expect(paragraphAt([], 0)).toBe(-1);
  });
});

describe('shownAtOrAfter', () => {
  it('maps an article paragraph to the shown one, skipping hidden ones', () => {
    expect(shownAtOrAfter(paragraphs, 0)).toBe(0);
    expect(shownAtOrAfter(paragraphs, 1)).toBe(1);
    expect(shownAtOrAfter(paragraphs, 3)).toBe(2);
    expect(shownAtOrAfter(paragraphs, 9)).toBe(-1);
  });
});

describe('paragraphsToDraw', () => {
  it('draws the first screen, keeps what is drawn and reaches the furthest need, never past the end', () => {
    expect(paragraphsToDraw(5000, 0, [])).toBe(FIRST_PARAGRAPHS);
    expect(paragraphsToDraw(10, 0, [])).toBe(10);
    expect(paragraphsToDraw(5000, 400, [])).toBe(400);
    expect(paragraphsToDraw(5000, 0, [12, 2999])).toBe(3000);
    expect(paragraphsToDraw(5000, 4000, [2999])).toBe(4000);
    expect(paragraphsToDraw(5000, 0, [9000])).toBe(5000);
  });
});

describe('drawingNeeds', () => {
  const quote = { id: 'q1', span: [33, 38] } as unknown as Quote;
  const model = { paragraphs, quotes: new Map([['q1', quote]]) };

  it('asks for the linked quotation, the search hit, the find match and the saved place', () => {
    expect(drawingNeeds(model, { quote: 'q1', match: null }, null, undefined)).toEqual([2]);
    expect(drawingNeeds(model, { quote: null, match: [21, 24] }, null, undefined)).toEqual([1]);
    expect(drawingNeeds(model, { quote: null, match: null }, null, [5, 8])).toEqual([0]);
    expect(drawingNeeds(model, { quote: null, match: null }, 2, undefined)).toEqual([1]);
  });

  it('asks for nothing it cannot place', () => {
    expect(drawingNeeds(model, { quote: 'gone', match: [90, 95] }, 7, undefined)).toEqual([]);
  });
});
