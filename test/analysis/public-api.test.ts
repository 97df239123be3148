// The engine's public surface, pinned: adding or removing an export of src/analysis/index.ts is a
// deliberate change that updates this list. The type exports are pinned by use: removing one fails the
// typecheck of this file.

import { describe, expect, expectTypeOf, it } from 'vitest';

import * as api from '@/analysis';
import type {
  Analysis,
  ArticleMeta,
  Cue,
  FrontMatterProblem,
  Mention,
  MentionKind,
  Prediction,
  Quote,
  QuoteKind,
  Span,
  Speaker,
  SpeakerKind,
} from '@/analysis';

describe('src/analysis/index.ts', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(['analyze', 'toPrediction']);
  });

  it('exports these types', () => {
    expectTypeOf(api.analyze).returns.toEqualTypeOf<Analysis>();
    expectTypeOf(api.toPrediction).returns.toEqualTypeOf<Prediction>();
    expectTypeOf<Analysis['meta']>().toEqualTypeOf<ArticleMeta>();
    expectTypeOf<Analysis['problems']>().toEqualTypeOf<readonly FrontMatterProblem[]>();
    expectTypeOf<Analysis['quotes']>().toEqualTypeOf<readonly Quote[]>();
    expectTypeOf<Analysis['speakers']>().toEqualTypeOf<readonly Speaker[]>();
    expectTypeOf<Quote['span']>().toEqualTypeOf<Span>();
    expectTypeOf<Quote['kind']>().toEqualTypeOf<QuoteKind>();
    expectTypeOf<Quote['cue']>().toEqualTypeOf<Cue | null>();
    expectTypeOf<Quote['mention']>().toEqualTypeOf<Mention | null>();
    expectTypeOf<Mention['kind']>().toEqualTypeOf<MentionKind>();
    expectTypeOf<Speaker['kind']>().toEqualTypeOf<SpeakerKind>();
  });
});
