// @vitest-environment jsdom
// The highlight renderer, for any text and any valid nested quotation spans (and find marks over them):
// the text a reader sees is the source exactly, each quotation is one element, nested as its span is.

import fc from 'fast-check';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';

import type { Quote, QuoteKind, Span, Speaker } from '@/content/schema';
import { Segments, type HighlightContext } from '@/features/reader/components/quote-highlight';
import { buildMarks } from '@/features/reader/lib/marks';
import { segmentParagraph } from '@/features/reader/lib/segments';

import { codePointBoundaries, nestedSpans } from '../support/nested-spans';
import { visibleText } from './helpers';

const unit = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.constantFrom('"', '“', '”', 'e\u0301', '👩\u200d👩\u200d👧', 'مرحبا', ' ', '<b>', '&amp;', '\n'),
);
const anyText = fc.array(unit, { maxLength: 30 }).map((units) => units.join(''));

const KINDS: QuoteKind[] = ['direct', 'indirect', 'mixed'];
const SPEAKERS = ['s0', 's1', null];

const quoteOf = (id: string, span: Span, k: number): Quote => ({
  id,
  kind: KINDS[k % 3] ?? 'direct',
  span,
  content: span,
  cue: null,
  speakerId: SPEAKERS[k % 3] ?? null,
  mention: null,
  speakerSource: null,
  confidence: 0.5,
  parentId: null,
  continuesId: null,
  repaired: false,
});

const speaker = (id: string): Speaker => ({
  id,
  name: `Speaker ${id}`,
  named: true,
  kind: 'person',
  roles: [],
  aliases: [],
  mentions: [],
  quoteIds: [],
});

const cases = fc
  .tuple(
    anyText,
    fc.array(
      fc.oneof(fc.constant('open' as const), fc.constant('close' as const), fc.integer({ min: 1, max: 4 })),
      {
        maxLength: 30,
      },
    ),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 })), { maxLength: 3 }),
  )
  .map(([text, ops, findSeeds]) => {
    const bounds = codePointBoundaries(text);
    const quotes = nestedSpans(bounds, ops).map((span, k) => quoteOf(`q${String(k)}`, span, k));
    const candidates = findSeeds
      .map(([start, length]): Span => {
        const a = start % bounds.length;
        return [bounds[a] ?? 0, bounds[Math.min(a + length, bounds.length - 1)] ?? 0];
      })
      .sort((x, y) => x[0] - y[0]);
    // Find never gives empty or overlapping matches.
    const matches: Span[] = [];
    for (const m of candidates) if (m[0] < m[1] && m[0] >= (matches.at(-1)?.[1] ?? 0)) matches.push(m);
    return { text, quotes, matches };
  });

describe('the highlight renderer, for any text and valid nested spans', () => {
  it('shows the text exactly and draws each quotation as one element, nested as its span', () => {
    const container = document.createElement('p');
    document.body.append(container);
    const root = createRoot(container);
    fc.assert(
      fc.property(cases, ({ text, quotes, matches }) => {
        const { segments } = segmentParagraph(text, [0, text.length], quotes);
        const ctx: HighlightContext = {
          quotes: new Map(quotes.map((q) => [q.id, q])),
          speakers: new Map(['s0', 's1'].map((id) => [id, speaker(id)])),
          colors: new Map([
            ['s0', 0],
            ['s1', 1],
          ]),
          marks: buildMarks(matches, null, []),
          focusSpeaker: 's1',
          currentQuote: quotes[0]?.id ?? null,
          currentFind: 0,
        };
        act(() => root.render(<Segments segments={segments} ctx={ctx} />));

        expect(visibleText(container)).toBe(text);
        for (const q of quotes) {
          const els = [...container.querySelectorAll<HTMLElement>('[data-quote-id]')].filter(
            (el) => el.dataset['quoteId'] === q.id,
          );
          expect(els).toHaveLength(1);
          const el = els[0] as HTMLElement;
          expect(visibleText(el)).toBe(text.slice(...q.span));
          expect(el.dataset['quoteKind']).toBe(q.kind);
          expect(el.getAttribute('data-speaker')).toBe(q.speakerId);
          // Its nearest quotation ancestor is the innermost one around it (of identical spans, the one
          // given first is outside).
          const parent = el.parentElement?.closest<HTMLElement>('[data-quote-id]')?.dataset['quoteId'];
          const at = quotes.indexOf(q);
          const around = quotes
            .map((o, j) => ({ o, j }))
            .filter(({ o, j }) => {
              const same = o.span[0] === q.span[0] && o.span[1] === q.span[1];
              return j !== at && o.span[0] <= q.span[0] && q.span[1] <= o.span[1] && (!same || j < at);
            })
            .sort((x, y) => x.o.span[1] - x.o.span[0] - (y.o.span[1] - y.o.span[0]) || y.j - x.j);
          expect(parent).toBe(around[0]?.o.id);
        }
        expect(container.querySelectorAll('[data-quote-id]')).toHaveLength(quotes.length);
        // Each find match is marked whole, possibly in pieces where it crosses a quotation's edge.
        matches.forEach((m, i) => {
          const pieces = [...container.querySelectorAll(`mark[data-find="${String(i)}"]`)];
          expect(pieces.map((el) => el.textContent).join('')).toBe(text.slice(...m));
        });
      }),
      { numRuns: 300 },
    );
    act(() => root.unmount());
    container.remove();
  }, 30_000);
});
