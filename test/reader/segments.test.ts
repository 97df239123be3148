// The highlight layout: hand-written cases, then properties over any text with valid nested spans (the
// paragraph comes back exactly, one run per quotation, the right depth) and with arbitrary broken spans.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { analyze, type QuoteKind, type Span } from '@/analysis';
import seed from '@/content/articles/seed.txt?raw';

import { codePointBoundaries, nestedSpans } from '../support/nested-spans';
import {
  segmentArticle,
  segmentParagraph,
  type QuoteRun,
  type QuoteSpan,
  type Segment,
} from '@/features/reader/lib/segments';

const quote = (id: string, span: Span, kind: QuoteKind = 'direct'): QuoteSpan => ({ id, kind, span });

/** The runs as one line: `[id|…]` per quotation run, `<` / `>` when it continues from or into a neighbour. */
const show = (segments: readonly Segment[]): string =>
  segments
    .map((s) =>
      s.type === 'text'
        ? s.text
        : `[${s.continuesFromPrevious ? '<' : ''}${s.quoteId}${s.continuesInNext ? '>' : ''}|${show(s.children)}]`,
    )
    .join('');

const plain = (segments: readonly Segment[]): string =>
  segments.map((s) => (s.type === 'text' ? s.text : plain(s.children))).join('');

const quoteRuns = (segments: readonly Segment[]): QuoteRun[] =>
  segments.flatMap((s) => (s.type === 'text' ? [] : [s, ...quoteRuns(s.children)]));

/** Problems with the runs' offsets: each run starts where the one before ended and children fill their parent. */
function layoutErrors(text: string, segments: readonly Segment[], [from, to]: Span, depth = 0): string[] {
  const out: string[] = [];
  let cursor = from;
  for (const s of segments) {
    const at = `${s.type} run [${s.span.join(', ')}]`;
    if (s.span[0] !== cursor) out.push(`${at} starts at ${String(s.span[0])}, expected ${String(cursor)}`);
    if (!(s.span[0] < s.span[1])) out.push(`${at} is empty`);
    if (s.type === 'text' && s.text !== text.slice(...s.span))
      out.push(`${at} holds ${JSON.stringify(s.text)}`);
    if (s.type === 'quote') {
      if (s.depth !== depth) out.push(`${at} has depth ${String(s.depth)}, expected ${String(depth)}`);
      out.push(...layoutErrors(text, s.children, s.span, depth + 1));
    }
    cursor = s.span[1];
  }
  if (cursor !== to) out.push(`runs end at ${String(cursor)}, expected ${String(to)}`);
  return out;
}

describe('segmentParagraph, by example', () => {
  const cases: [name: string, text: string, paragraph: Span, quotes: QuoteSpan[], expected: string][] = [
    ['no quotation', 'Plain words.', [0, 12], [], 'Plain words.'],
    [
      'a nested quotation',
      `He said "she told me 'no' twice" today.`,
      [0, 39],
      [quote('outer', [8, 32]), quote('inner', [21, 25])],
      `He said [outer|"she told me [inner|'no'] twice"] today.`,
    ],
    [
      'quotations touching end to start',
      '"One.""Two."',
      [0, 12],
      [quote('b', [6, 12]), quote('a', [0, 6])],
      '[a|"One."][b|"Two."]',
    ],
    ['an empty paragraph', 'Before.\n\nAfter.', [8, 8], [quote('q', [0, 15])], ''],
    ['a quotation outside the paragraph', 'One. "Two."', [0, 4], [quote('q', [5, 11])], 'One.'],
    [
      'surrogate pairs at the edges',
      '😀"🎉"😀',
      [0, 8],
      [quote('q', [2, 6]), quote('inner', [3, 5])],
      '😀[q|"[inner|🎉]"]😀',
    ],
    [
      'a quotation cutting a pair in half moves past the pair',
      '🎉 ok',
      [0, 5],
      [quote('q', [1, 5])],
      '🎉[q| ok]',
    ],
    ['a paragraph starting inside a quotation', 'a "b c" d', [5, 9], [quote('q', [2, 7])], '[<q|c"] d'],
    [
      'identical spans nest in the order given',
      'x "y" z',
      [0, 7],
      [quote('first', [2, 5]), quote('second', [2, 5])],
      'x [first|[second|"y"]] z',
    ],
  ];

  it.each(cases)('%s', (_name, text, paragraph, quotes, expected) => {
    const { segments, dropped } = segmentParagraph(text, paragraph, quotes);
    expect(show(segments)).toBe(expected);
    expect(layoutErrors(text, segments, paragraph)).toEqual([]);
    expect(dropped).toEqual([]);
  });

  it('gives each run its kind and depth', () => {
    const text = 'He said "she told me \'no\' twice" today.';
    const { segments } = segmentParagraph(
      text,
      [0, 39],
      [quote('o', [8, 32], 'mixed'), quote('i', [21, 25])],
    );
    expect(quoteRuns(segments).map((r) => [r.quoteId, r.kind, r.depth, r.span])).toEqual([
      ['o', 'mixed', 0, [8, 32]],
      ['i', 'direct', 1, [21, 25]],
    ]);
  });
});

describe('segmentArticle, by example', () => {
  it('clips a quotation crossing into the next paragraph and marks both pieces', () => {
    const text = 'She said: "We will stay.\n\n"We will not leave," she added.';
    const analysis = {
      text,
      paragraphs: [
        [0, 24],
        [26, 57],
      ] as Span[],
      quotes: [quote('q', [10, 46])],
    };
    const { paragraphs, dropped } = segmentArticle(analysis);
    expect(paragraphs.map((p) => show(p.segments))).toEqual([
      'She said: [q>|"We will stay.]',
      '[<q|"We will not leave,"] she added.',
    ]);
    expect(dropped).toEqual([]);
  });
});

describe('segmentArticle, on the output of the engine', () => {
  it('lays out the seed article whole: every paragraph exact, every quotation kept', () => {
    const analysis = analyze(seed);
    const { paragraphs, dropped } = segmentArticle(analysis);
    expect(dropped).toEqual([]);
    expect(paragraphs.map((p) => plain(p.segments))).toEqual(
      analysis.paragraphs.map((p) => analysis.text.slice(...p)),
    );
    expect(paragraphs.flatMap((p) => layoutErrors(analysis.text, p.segments, p.span))).toEqual([]);
    const pieces = paragraphs.flatMap((p) => quoteRuns(p.segments));
    expect(pieces.length).toBeGreaterThanOrEqual(analysis.quotes.length);
    expect(new Set(pieces.map((r) => r.quoteId))).toEqual(new Set(analysis.quotes.map((q) => q.id)));
  });
});

describe('segmentParagraph, on broken spans', () => {
  const text = 'ab "cd" ef "gh" ij';
  const cases: [name: string, quotes: QuoteSpan[], expected: string, dropped: [string, string][]][] = [
    ['a span past the end is clamped', [quote('q', [11, 99])], 'ab "cd" ef [q|"gh" ij]', []],
    ['a span before the start is clamped', [quote('q', [-5, 2])], '[q|ab] "cd" ef "gh" ij', []],
    ['a reversed span is dropped', [quote('q', [7, 3])], text, [['q', 'invalid-span']]],
    ['an empty span is dropped', [quote('q', [3, 3])], text, [['q', 'invalid-span']]],
    ['a span wholly outside is dropped', [quote('q', [40, 50])], text, [['q', 'invalid-span']]],
    [
      'offsets that are not integers are dropped',
      [quote('q', [NaN, 2]), quote('r', [1.5, 4])],
      text,
      [
        ['q', 'invalid-span'],
        ['r', 'invalid-span'],
      ],
    ],
    [
      'of two crossing quotations the one starting later is dropped',
      [quote('late', [5, 15]), quote('early', [3, 7])],
      'ab [early|"cd"] ef "gh" ij',
      [['late', 'crosses']],
    ],
    [
      'a repeated id is dropped',
      [quote('q', [3, 7]), quote('q', [11, 15])],
      'ab [q|"cd"] ef "gh" ij',
      [['q', 'duplicate-id']],
    ],
  ];

  it.each(cases)('%s', (_name, quotes, expected, dropped) => {
    const result = segmentParagraph(text, [0, text.length], quotes);
    expect(show(result.segments)).toBe(expected);
    expect(result.dropped.map((d) => [d.id, d.reason])).toEqual(dropped);
  });

  it('clamps a paragraph span that is out of bounds or reversed', () => {
    expect(segmentParagraph(text, [-3, 99], []).span).toEqual([0, text.length]);
    expect(segmentParagraph(text, [9, 2], []).segments).toEqual([]);
  });
});

// Text of every kind: graphemes with combining marks, any code point (astral included), lone surrogates,
// CR, LF and quotation marks.
const unit = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom(
    '\r',
    '\n',
    '\r\n',
    '"',
    '“',
    '”',
    'e\u0301',
    '👩\u200d👩\u200d👧',
    '\ud83d',
    '\ude00',
    ' ',
  ),
);
const anyText = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));

const KINDS: QuoteKind[] = ['direct', 'indirect', 'mixed'];

function nestedQuotes(bounds: number[], ops: readonly ('open' | 'close' | number)[]): QuoteSpan[] {
  const spans = nestedSpans(bounds, ops);
  return spans.map((span, k) => quote(`q${String(k)}`, span, KINDS[k % 3]));
}

const validArticle = fc
  .tuple(
    anyText,
    fc.array(
      fc.oneof(fc.constant('open' as const), fc.constant('close' as const), fc.integer({ min: 1, max: 5 })),
      {
        maxLength: 40,
      },
    ),
    fc.array(fc.nat(), { maxLength: 6 }),
  )
  .chain(([text, ops, cutSeeds]) => {
    const bounds = codePointBoundaries(text);
    const quotes = nestedQuotes(bounds, ops);
    // Paragraphs tile the text between sorted cuts (repeated cuts make empty paragraphs).
    const cuts = [0, ...cutSeeds.map((c) => bounds[c % bounds.length] ?? 0), text.length].sort(
      (a, b) => a - b,
    );
    const paragraphs = cuts.slice(1).map((end, k): Span => [cuts[k] ?? 0, end]);
    return fc.record({
      text: fc.constant(text),
      paragraphs: fc.constant(paragraphs),
      quotes: fc.shuffledSubarray(quotes, { minLength: quotes.length }),
    });
  });

const contains = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

describe('segments, for any text and valid nested spans', () => {
  it('give back each paragraph exactly, with one run per quotation at the right depth', () => {
    fc.assert(
      fc.property(validArticle, ({ text, paragraphs, quotes }) => {
        const article = segmentArticle({ text, paragraphs, quotes });
        expect(article.dropped).toEqual([]);
        paragraphs.forEach((p, k) => {
          const { segments } = article.paragraphs[k] ?? { segments: [] };
          expect(plain(segments)).toBe(text.slice(...p));
          expect(layoutErrors(text, segments, p)).toEqual([]);

          const runs = new Map(quoteRuns(segments).map((r) => [r.quoteId, r]));
          expect(quoteRuns(segments)).toHaveLength(runs.size);
          quotes.forEach((q, i) => {
            const piece: Span = [Math.max(q.span[0], p[0]), Math.min(q.span[1], p[1])];
            const run = runs.get(q.id);
            if (!(piece[0] < piece[1])) {
              expect(run).toBeUndefined();
              return;
            }
            // Depth: quotations strictly around it, and those with the same span given before it.
            const depth = quotes.filter(
              (o, j) => contains(o.span, q.span) && (o.span.join() !== q.span.join() || j < i),
            ).length;
            expect(run).toMatchObject({
              kind: q.kind,
              span: piece,
              depth,
              continuesFromPrevious: q.span[0] < p[0],
              continuesInNext: q.span[1] > p[1],
            });
          });
          // The same runs as laying out that paragraph alone.
          expect(segmentParagraph(text, p, quotes).segments).toEqual(segments);
        });
      }),
      { numRuns: 500 },
    );
  });
});

const anyOffset = fc.oneof(
  fc.integer({ min: -10, max: 60 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 2.5, Number.MAX_SAFE_INTEGER),
);
const anySpan = fc.tuple(anyOffset, anyOffset);

const splitsPair = (text: string, offset: number) =>
  /[\ud800-\udbff]/.test(text.charAt(offset - 1)) && /[\udc00-\udfff]/.test(text.charAt(offset));

describe('segments, for arbitrary spans', () => {
  it('never throw, give back the paragraph exactly and never split a surrogate pair', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(anySpan, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(anySpan, fc.constantFrom(...KINDS)), { maxLength: 12 }),
        (text, paragraphs, spans) => {
          const quotes = spans.map(([span, kind], k) => quote(`q${String(k)}`, span, kind));
          const article = segmentArticle({ text, paragraphs, quotes });
          expect(article.dropped.every((d) => quotes.some((q) => q.id === d.id))).toBe(true);
          paragraphs.forEach((paragraph, k) => {
            const result = segmentParagraph(text, paragraph, quotes);
            expect(article.paragraphs[k]).toEqual({ span: result.span, segments: result.segments });
            expect(result.dropped).toEqual(article.dropped);

            const [from, to] = result.span;
            expect(0 <= from && from <= to && to <= text.length).toBe(true);
            expect(plain(result.segments)).toBe(text.slice(from, to));
            expect(layoutErrors(text, result.segments, result.span)).toEqual([]);

            const shown = quoteRuns(result.segments).map((r) => r.quoteId);
            expect(new Set(shown).size).toBe(shown.length);
            expect(shown.filter((id) => result.dropped.some((d) => d.id === id))).toEqual([]);
            const edges = quoteRuns(result.segments).flatMap((r) => r.span);
            expect(edges.filter((e) => e !== from && e !== to && splitsPair(text, e))).toEqual([]);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
