// Stage 4: headline, byline and dateline, and a title derived from the lead when there is no headline.
// Rows give the input and the metadata it must yield (only the fields named are checked).

import { describe, expect, it } from 'vitest';

import { tokenize } from '@/analysis/02-tokenize';
import { segment } from '@/analysis/03-segment';
import { findFurniture } from '@/analysis/04-furniture';
import type { ArticleMeta } from '@/analysis';

const LEAD = 'The envoy said on Tuesday that the talks would resume in June.';

function metaOf(input: string, fields: Record<string, string> = {}): ArticleMeta {
  const tokens = tokenize(input);
  return findFurniture(input, tokens, segment(tokens), fields).meta;
}

const cases: Array<[string, Partial<ArticleMeta>]> = [
  // Bylines.
  [`By Jane Roe\n${LEAD}`, { byline: 'Jane Roe', bylineSpan: [0, 11] }],
  [`by Jane Roe and John Doe\n${LEAD}`, { byline: 'Jane Roe and John Doe', bylineSpan: [0, 24] }],
  [`Staff Reporter\n${LEAD}`, { byline: 'Staff Reporter', bylineSpan: [0, 14] }],
  [`AT Monitoring Desk\n${LEAD}`, { byline: 'AT Monitoring Desk', bylineSpan: [0, 18] }],
  [`Jane Roe\n${LEAD}`, { byline: 'Jane Roe', bylineSpan: [0, 8] }],
  [LEAD, { byline: null, bylineSpan: null }],
  // Datelines: the place, without the agency or the separator.
  [`KABUL: ${LEAD}`, { dateline: 'KABUL', datelineSpan: [0, 5] }],
  [`WASHINGTON (Reuters) - ${LEAD}`, { dateline: 'WASHINGTON', datelineSpan: [0, 10] }],
  [`NEW YORK — ${LEAD}`, { dateline: 'NEW YORK', datelineSpan: [0, 8] }],
  [`NEW YORK, June 5 (AP) — ${LEAD}`, { dateline: 'NEW YORK, June 5', datelineSpan: [0, 16] }],
  [`Ottawa, Ont. — ${LEAD}`, { dateline: 'Ottawa, Ont.', datelineSpan: [0, 12] }],
  [
    `AT Monitoring Desk\nKABUL: ${LEAD}`,
    { byline: 'AT Monitoring Desk', dateline: 'KABUL', datelineSpan: [19, 24] },
  ],
  // Not datelines.
  [`A: ${LEAD}`, { dateline: null, datelineSpan: null }],
  [`NATO said on Tuesday that the talks would resume.`, { dateline: null, datelineSpan: null }],
  // Headlines: a first short line with no closing period, before the byline or the lead.
  [
    `Russia offers troops to Afghanistan\nBy Jane Roe\nKABUL: ${LEAD}`,
    {
      title: 'Russia offers troops to Afghanistan',
      titleDerived: false,
      titleSpan: [0, 35],
      byline: 'Jane Roe',
      dateline: 'KABUL',
    },
  ],
  [
    `Will the ceasefire hold in Kabul?\n${LEAD}`,
    { title: 'Will the ceasefire hold in Kabul?', titleDerived: false, titleSpan: [0, 33] },
  ],
  [
    `Taliban Reject Ceasefire\nBy Jane Roe\n${LEAD}`,
    {
      title: 'Taliban Reject Ceasefire',
      titleDerived: false,
      titleSpan: [0, 24],
      byline: 'Jane Roe',
      bylineSpan: [25, 36],
    },
  ],
  // A lead paragraph is no headline, even when its last sentence ends inside a quotation mark.
  [
    'Mr. Smith said the plan was "a total failure of leadership."\n\nHe left the room.',
    { titleDerived: true, titleSpan: null },
  ],
  [
    'The envoy said the offer “was never properly evaluated.”\nHe left the room.',
    { titleDerived: true, titleSpan: null },
  ],
  // Derived titles: the lead's first clause, after the dateline, without its closing period.
  [
    'KABUL: The U.S. counterinsurgency campaign against the Taliban militant group is at its end, with the U.S. military leaving.',
    {
      title: 'The U.S. counterinsurgency campaign against the Taliban militant group is at its end',
      titleDerived: true,
      titleSpan: null,
    },
  ],
  [
    LEAD,
    {
      title: 'The envoy said on Tuesday that the talks would resume in June',
      titleDerived: true,
      titleSpan: null,
    },
  ],
  ['', { title: null, titleDerived: false, titleSpan: null, byline: null, dateline: null }],
];

describe('findFurniture', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(metaOf(input)).toMatchObject(expected);
  });

  it('takes title, byline, date and language from front matter fields first', () => {
    const meta = metaOf(`Russia offers troops to Afghanistan\nBy Jane Roe\n${LEAD}`, {
      title: 'Given title',
      author: 'John Doe',
      date: '2020-05-20',
      lang: 'en',
    });
    expect(meta).toMatchObject<Partial<ArticleMeta>>({
      title: 'Given title',
      titleDerived: false,
      titleSpan: null,
      byline: 'John Doe',
      date: '2020-05-20',
      language: 'en',
    });
  });

  it('shortens a long derived title at a word, with an ellipsis', () => {
    const lead =
      'The envoy who arrived in the capital on Tuesday morning after a long journey through the mountains spoke for hours and hours about everything he had seen there.';
    const { title, titleDerived } = metaOf(lead);
    expect(titleDerived).toBe(true);
    expect(title).toMatch(/^The envoy who arrived in the capital .*\S…$/);
    expect(title?.length).toBeLessThanOrEqual(100);
    expect(lead.startsWith(title?.slice(0, -1) ?? '')).toBe(true);
  });
});
