import { describe, expect, it } from 'vitest';

import type { Span } from '@/content/schema';

import { bodyParagraphs } from './body';

const meta = {
  titleSpan: null,
  titleDerived: false,
  bylineSpan: null,
  datelineSpan: null,
} as const;

describe('bodyParagraphs', () => {
  const text = 'Harbour votes\nBy Jane Roe\nSEL: Councillors voted.\nThe end.';
  const paragraphs: Span[] = [
    [0, 13],
    [14, 25],
    [26, 50],
    [51, 59],
  ];

  it('skips the headline and byline lines and keeps the dateline in the lead', () => {
    const shown = bodyParagraphs(text, paragraphs, {
      ...meta,
      titleSpan: [0, 13],
      bylineSpan: [14, 25],
      datelineSpan: [26, 29],
    });
    expect(shown).toEqual([
      { index: 2, span: [26, 50], dateline: [26, 29] },
      { index: 3, span: [51, 59], dateline: null },
    ]);
  });

  it('keeps everything when there is no furniture', () => {
    expect(bodyParagraphs(text, paragraphs, meta).map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  it('never hides the lead for a derived title', () => {
    const shown = bodyParagraphs(text, paragraphs, { ...meta, titleDerived: true, titleSpan: [26, 50] });
    expect(shown.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  it('keeps a paragraph with words beyond the byline', () => {
    const shown = bodyParagraphs(text, paragraphs, { ...meta, bylineSpan: [14, 20] });
    expect(shown.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });
});
