// Properties of `analyze` over generated text: it never throws, it gives the same answer twice, and its
// result keeps every invariant in support/invariants.ts (spans in bounds and nested, ids that resolve,
// the body unchanged).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';

import { invariantViolations } from './support/invariants';
import { quoteRows, speakerRows } from './support/summaries';
import {
  anyArticle,
  anyString,
  BOM,
  lineBreakMix,
  newsWithMarks,
  rtlText,
  strayMarks,
  withInvisibles,
} from './support/texts';

/** Never throws (a throw fails the property), deterministic, and every invariant holds. */
function holds(input: string): void {
  const first = analyze(input);
  const again = analyze(input);
  expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  expect(invariantViolations(input, first)).toEqual([]);
}

const check = (arbitrary: fc.Arbitrary<string>, numRuns: number) =>
  fc.assert(fc.property(arbitrary, holds), { numRuns });

describe('analyze, on generated text', () => {
  it('holds for arbitrary strings (astral code points, lone surrogates)', () => {
    check(anyString, 400);
  });

  it('holds for news fragments mixed with quotation marks of every kind', () => {
    check(newsWithMarks, 500);
  });

  it('holds for right-to-left text (Arabic, Hebrew, Dari)', () => {
    check(rtlText, 300);
  });

  it('holds with combining marks, zero-width joiners and direction controls anywhere', () => {
    check(withInvisibles, 300);
  });

  it('holds for CR, LF and CRLF line breaks mixed', () => {
    check(lineBreakMix, 300);
  });

  it('holds for thousands of stray quotation marks', () => {
    check(strayMarks, 40);
  });

  it('holds behind a BOM and front matter, sound or broken', () => {
    check(anyArticle, 400);
  });
});

describe('analyze, front matter and BOM', () => {
  const FRONT = '---\ntitle: Russia offers troops\nmood: grim\n---\n';
  // Bodies that cannot themselves be mistaken for the end of the front matter.
  const body = fc.oneof(newsWithMarks, rtlText, lineBreakMix);

  it('strips closed front matter, after a BOM or not, and returns the body unchanged', () => {
    fc.assert(
      fc.property(fc.boolean(), body, (bom, text) => {
        const input = `${bom ? BOM : ''}${FRONT}${text}`;
        const r = analyze(input);
        expect(r.text).toBe(text);
        expect(r.bodyOffset).toBe(input.length - text.length);
        expect(r.frontMatter).toEqual({ title: 'Russia offers troops', mood: 'grim' });
      }),
      { numRuns: 200 },
    );
  });

  it('analyses the body behind front matter exactly as the body alone', () => {
    fc.assert(
      fc.property(body, (text) => {
        const alone = analyze(text);
        const behind = analyze(`${FRONT}${text}`);
        expect({ ...behind, meta: null, frontMatter: null, problems: null, bodyOffset: null }).toEqual({
          ...alone,
          meta: null,
          frontMatter: null,
          problems: null,
          bodyOffset: null,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a BOM with no front matter as part of the body', () => {
    fc.assert(
      fc.property(body, (text) => {
        const r = analyze(`${BOM}${text}`);
        expect(r.bodyOffset).toBe(0);
        expect(r.text).toBe(`${BOM}${text}`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('analyze, line endings and BOM', () => {
  const toLf = (s: string) => s.replace(/\r\n?/g, '\n');
  /** What was found, offsets aside, with line breaks written as LF. */
  const found = (input: string) => {
    const r = analyze(input);
    return {
      paragraphs: r.paragraphs.length,
      sentences: r.sentences.length,
      quotes: quoteRows(r).map((q) => ({ ...q, text: toLf(q.text), mention: q.mention && toLf(q.mention) })),
      speakers: speakerRows(r).map((s) => ({ ...s, quotes: s.quotes.map(toLf) })),
    };
  };
  // U+2028 and U+2029 have no CR or CRLF spelling; leave them out of the comparison.
  const lfText = fc.oneof(newsWithMarks, lineBreakMix).map((t) => toLf(t).replace(/[\u2028\u2029]/g, ' '));

  it('finds the same quotations whether lines end in LF, CRLF or CR', () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const expected = found(text);
        expect(found(text.replace(/\n/g, '\r\n'))).toEqual(expected);
        expect(found(text.replace(/\n/g, '\r'))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same quotations behind a BOM', () => {
    fc.assert(
      fc.property(lfText, (text) => {
        expect(found(`${BOM}${text}`)).toEqual(found(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyze, on counterexamples the properties once found', () => {
  // An unclosed quotation cut before its attribution while a nested one (’’ read as “) stayed open.
  it.each(['" — Jane RoeSaid Says Told according to the ministry, ‘‘, assured Kabulov'])(
    'keeps its invariants: %j',
    (text) => {
      expect(invariantViolations(text, analyze(text))).toEqual([]);
    },
  );
});
