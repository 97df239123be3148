// The analysis engine: a plain news article in, its quotations and speakers out. Pure TypeScript, with no
// React, DOM or Node imports, so the build, a Web Worker and the tests all run this same code.
//
// The pipeline reads top to bottom in analyze(), one numbered comment per stage.

import { splitFrontMatter } from './01-front-matter';
import { tokenize } from './02-tokenize';
import { segment, toSpan } from './03-segment';
import { findFurniture } from './04-furniture';
import { findQuotedSpans } from './05-quote-marks';
import { findQuotations } from './07-attribution';
import { resolveSpeakers } from './08-coreference';
import { assemble } from './09-assemble';
import { makeDoc } from './doc';
import type { Analysis, Span } from './types';

export type * from './types';
export { toPrediction, type Prediction } from './prediction';

export function analyze(input: string): Analysis {
  // 1. Front matter off; the body stays exactly as written.
  const front = splitFrontMatter(input);
  const text = input.slice(front.bodyOffset);
  // 2. Words, punctuation and line breaks with their offsets.
  const tokens = tokenize(text);
  // 3. Paragraphs and sentences.
  const seg = segment(tokens);
  // 4. Headline, byline, dateline; a derived title when there is none.
  const furniture = findFurniture(text, tokens, seg, front.fields);
  // 5. Quotation marks paired into quoted spans, repairs included.
  const quoted = findQuotedSpans(text, seg.paragraphs);
  const doc = makeDoc(text, tokens, seg, quoted, furniture.asides, furniture.headlineSpan);
  // 6–7. Quotations with their cues and subjects (noun phrases 6, 6a): direct (7a), transcript lines
  //      (7b), indirect and mixed (7c).
  const skip = [furniture.meta.bylineSpan, furniture.datelinePrefix].filter((s): s is Span => s !== null);
  const found = findQuotations(doc, skip);
  // 8. Subjects resolved to speakers: entities from names (8a), each subject resolved (8b).
  const coref = resolveSpeakers(doc, found, skip);
  // 9. Ids, speakers, checked spans.
  const { quotes, speakers } = assemble(text, tokens, found, coref);
  return {
    version: 1,
    text,
    bodyOffset: front.bodyOffset,
    meta: furniture.meta,
    frontMatter: front.fields,
    problems: front.problems,
    paragraphs: seg.paragraphs.map(toSpan),
    sentences: seg.sentences.map(toSpan),
    quotes,
    speakers,
  };
}
