import { describe, expect, it } from 'vitest';

import type { Quote, QuoteKind, Speaker } from '@/content/schema';

import { describeCounts, quotesBy, summarize } from './summarize';

const quote = (id: string, speakerId: string | null, kind: QuoteKind, start: number): Quote => ({
  id,
  kind,
  span: [start, start + 5],
  content: [start + 1, start + 4],
  cue: null,
  speakerId,
  mention: null,
  speakerSource: null,
  confidence: 1,
  parentId: null,
  continuesId: null,
  repaired: false,
});

const speaker = (id: string, name: string): Speaker => ({
  id,
  name,
  named: true,
  kind: 'person',
  roles: [],
  aliases: [],
  mentions: [],
  quoteIds: [],
});

const speakers = [speaker('s1', 'Ann'), speaker('s2', 'Bo'), speaker('s3', 'Cy'), speaker('s4', 'Di')];

describe('summarize', () => {
  it('puts the most quoted first, keeps the article order on ties and counts by kind', () => {
    const quotes = [
      quote('q1', 's1', 'direct', 0),
      quote('q2', 's2', 'direct', 10),
      quote('q3', 's2', 'indirect', 20),
      quote('q4', 's3', 'mixed', 30),
      quote('q5', 's2', 'indirect', 40),
      quote('q6', null, 'direct', 50),
    ];
    const { quoted, unquoted, unattributed } = summarize({ quotes, speakers });
    expect(quoted.map((r) => r.speaker.id)).toEqual(['s2', 's1', 's3']);
    expect(quoted[0]?.counts).toEqual({ total: 3, direct: 1, indirect: 2, mixed: 0 });
    expect(quoted[2]?.counts).toEqual({ total: 1, direct: 0, indirect: 0, mixed: 1 });
    expect(unquoted.map((s) => s.id)).toEqual(['s4']);
    expect(unattributed).toEqual({ total: 1, direct: 1, indirect: 0, mixed: 0 });
  });

  it('counts from the quotations, not from speaker.quoteIds', () => {
    const stale = { ...speaker('s1', 'Ann'), quoteIds: ['q1', 'q2', 'q3'] };
    const { quoted } = summarize({ quotes: [quote('q1', 's1', 'direct', 0)], speakers: [stale] });
    expect(quoted[0]?.counts.total).toBe(1);
  });

  it('has nothing unattributed when every quotation has a speaker', () => {
    expect(summarize({ quotes: [quote('q1', 's1', 'direct', 0)], speakers }).unattributed.total).toBe(0);
  });
});

describe('quotesBy', () => {
  it("lists one speaker's quotations in reading order, outer before nested", () => {
    const outer = { ...quote('q2', 's1', 'direct', 10), span: [10, 40] as const };
    const inner = quote('q3', 's1', 'direct', 10);
    const quotes = [quote('q4', 's1', 'direct', 50), inner, quote('q1', 's2', 'direct', 0), outer];
    expect(quotesBy({ quotes }, 's1').map((q) => q.id)).toEqual(['q2', 'q3', 'q4']);
    expect(quotesBy({ quotes }, null)).toEqual([]);
  });
});

describe('describeCounts', () => {
  it.each([
    [{ total: 8, direct: 5, indirect: 3, mixed: 0 }, '8 quotations: 5 direct, 3 indirect'],
    [{ total: 3, direct: 1, indirect: 1, mixed: 1 }, '3 quotations: 1 direct, 1 indirect, 1 mixed'],
    [{ total: 1, direct: 0, indirect: 1, mixed: 0 }, '1 indirect quotation'],
    [{ total: 2, direct: 2, indirect: 0, mixed: 0 }, '2 direct quotations'],
    [{ total: 0, direct: 0, indirect: 0, mixed: 0 }, 'No quotations'],
  ])('%o → %s', (counts, expected) => {
    expect(describeCounts(counts)).toBe(expected);
  });
});
