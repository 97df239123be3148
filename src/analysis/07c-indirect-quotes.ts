// Stage 7c: indirect and mixed quotations, from the cues no direct quotation used.
//   indirect: X said (that) … / X told Y that … / X noted, …, … / …, X added. / according to X, …
//   mixed:    an indirect clause that holds a quoted fragment.

import { isWord, type Token } from './02-tokenize';
import { subjectAfter, subjectBefore } from './06a-subjects';
import type { DirectQuotations } from './07a-direct-quotes';
import { coordinatedSubject, participleSubject } from './cue-subjects';
import { countWords, cueAt, endsClauseAt, isFiniteCue, particleEnd, showsNoWords, subjectVerb } from './cues';
import { firstTokenAt, sentenceFirst, sentenceLast, type Doc } from './doc';
import { FACTIVE_LEMMAS } from './lexicon/reporting-verbs';
import { AUTHOR_PRONOUNS } from './lexicon/words';
import { MAX_SPAN_BACK, type Attribution, type CueRef, type Found } from './quotation';
import { SpanSet } from './spans';
import { MIN_FRONTED_WORDS, clause, complementStart, fronted, type IndirectResult } from './reported-clause';

// A closing mark that may hold the comma before an attribution: …,” she said.
const CLOSING_MARK = /["”’»]/;
/** What most words give: one shared empty list rather than a new one per word of the article. */
const NONE: readonly IndirectResult[] = [];

export interface IndirectQuotations {
  /** Indirect and mixed quotations, in the order their cues come. */
  readonly found: Found[];
  /** Quoted spans that mixed quotations took in as fragments. */
  readonly absorbed: ReadonlySet<number>;
}

/** Every cue not yet used that reports a clause: "X said (that) …", "according to X, …". */
export function findIndirectQuotations(doc: Doc, direct: DirectQuotations): IndirectQuotations {
  const { tokens } = doc;
  const { found, foundOfQuoted, usedCues } = direct;
  const indirect: Found[] = [];
  const attributed = new SpanSet<Found>();
  for (const f of found) if (f.attribution && f.parent === null) attributed.add(f);
  const absorbed = new Set<number>();
  for (let v = 0; v < tokens.length; v++) {
    if (usedCues.has(v) || doc.quotedAt[v] !== -1 || doc.ignored[v]) continue;
    const t = tokens[v];
    if (!isWord(t)) continue;
    const results =
      t.norm === 'according' && tokens[v + 1]?.norm === 'to'
        ? accordingTo(doc, v)
        : indirectFrom(doc, v, found, foundOfQuoted, attributed, usedCues);
    // Indexed: asked for every word of the article, and a for-of allocates an iterator until optimised.
    for (let k = 0; k < results.length; k++) {
      const r = results[k] as IndirectResult;
      indirect.push(r.found);
      for (const qi of r.absorbs) absorbed.add(qi);
    }
  }
  return { found: indirect, absorbed };
}

/** X said (that) … / X told Y that … / X noted, …, … / …, X added. / …, said X. */
function indirectFrom(
  doc: Doc,
  v: number,
  direct: readonly Found[],
  foundOfQuoted: ReadonlyMap<number, number>,
  attributed: SpanSet<Found>,
  otherCues: ReadonlySet<number>,
): readonly IndirectResult[] {
  const { tokens } = doc;
  const cue = cueAt(tokens, v);
  const t = tokens[v];
  if (!cue || !t || cue.cls === 'manner' || t.cap || doc.ignored[v] || !isFiniteCue(tokens, v)) return NONE;
  // "know", "feel", "realize": facts or moods, not reports.
  if (FACTIVE_LEMMAS.has(cue.lemma)) return NONE;
  const sFirst = sentenceFirst(doc, v);
  const sLast = sentenceLast(doc, v);
  const floor = Math.max(sFirst, afterLastQuote(doc, v, sFirst, attributed));
  const cueLast = particleEnd(tokens, v, cue);
  const cueRef: CueRef = { first: v, last: cueLast, lemma: cue.lemma };
  const results: IndirectResult[] = [];
  const adjacent = subjectBefore(tokens, subjectVerb(tokens, v), floor);
  const subject = adjacent ?? coordinatedSubject(doc, v, floor) ?? participleSubject(doc, v, floor, direct);
  // "I would suggest …" outside quotation marks is the writer, not a source.
  if (subject?.kind === 'pronoun' && AUTHOR_PRONOUNS.has(tokens[subject.head]?.norm ?? '')) return [];
  // "what he said about Uber" is a thing said, named, not a report of it.
  if (subject && tokens[subject.first - 1]?.norm === 'what') return [];
  if (subject) {
    const attribution: Attribution = { cue: cueRef, subject, first: subject.first, last: cueLast };
    const clauseStart = complementStart(doc, cueLast, sLast, cue);
    if (clauseStart !== null && !showsNoWords(tokens, cue.lemma, subject, clauseStart.that)) {
      const r = clause(
        doc,
        clauseStart.at,
        sLast,
        attribution,
        clauseStart.that,
        direct,
        foundOfQuoted,
        otherCues,
      );
      if (r) results.push(r);
    }
    // A subject set off by commas: "…, X said, …" or a trailing "…, X added." (also after ,” of a fragment)
    const before = commaBefore(tokens, subject.first - 1);
    if (adjacent && before !== null && subject.first - 1 >= floor && endsClauseAt(tokens, cueLast, sLast)) {
      const r = fronted(doc, floor, before, attribution);
      if (r) results.unshift(r);
    }
    return results;
  }
  // Inverted: "…, said the minister." / "…, assured Kabulov." / "…, insists X, …" (never a participle:
  // in "…, asking the city to …" the phrase after the cue is its object).
  const comma = commaBefore(tokens, v - 1);
  if (comma !== null && comma > floor && !t.norm.endsWith('ing')) {
    const s = subjectAfter(tokens, cueLast, sLast);
    if (s && endsClauseAt(tokens, s.last, sLast)) {
      const attribution: Attribution = { cue: cueRef, subject: s, first: v, last: s.last };
      const r = fronted(doc, floor, comma, attribution);
      if (r) results.push(r);
      if (r && tokens[s.last]?.text === ',') {
        const rest = clause(doc, s.last + 1, sLast, attribution, false, direct, foundOfQuoted, otherCues);
        if (rest && countWords(tokens, s.last + 1, sLast) >= MIN_FRONTED_WORDS) results.push(rest);
      }
    }
  }
  return results;
}

/** The comma before an attribution, written alone or inside a fragment's closing mark (…,” she said). */
function commaBefore(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k];
  if (t?.text === ',') return k;
  if (t && t.kind === 'punct' && CLOSING_MARK.test(t.text) && tokens[k - 1]?.text === ',') return k;
  return null;
}

/** "according to X, …" and "…, according to X." */
function accordingTo(doc: Doc, k: number): IndirectResult[] {
  const { tokens } = doc;
  const sFirst = sentenceFirst(doc, k);
  const sLast = sentenceLast(doc, k);
  const s = subjectAfter(tokens, k + 2, sLast);
  if (!s) return [];
  const attribution: Attribution = {
    cue: { first: k, last: k + 2, lemma: 'according to' },
    subject: s,
    first: k,
    last: s.last,
  };
  const floor = Math.max(sFirst, afterLastQuote(doc, k, sFirst, new SpanSet<Found>()));
  const results: IndirectResult[] = [];
  if (tokens[k - 1]?.text === ',' && k - 1 > floor) {
    const r = fronted(doc, floor, k - 1, attribution);
    if (r) results.push(r);
  }
  if (tokens[s.last]?.text === ',') {
    const r = clause(doc, s.last + 1, sLast, attribution, false, [], new Map());
    if (r) results.push(r);
  }
  return results;
}

/** The token after the last attributed quotation that closes before `v` in its sentence. */
function afterLastQuote(doc: Doc, v: number, sFirst: number, attributed: SpanSet<Found>): number {
  const { tokens } = doc;
  const limit = tokens[v]?.start ?? 0;
  const from = tokens[sFirst]?.start ?? 0;
  // A quotation closing inside this sentence may have opened before it: look back one sentence's worth.
  const last = attributed.lastEndingBy(from - MAX_SPAN_BACK, limit);
  return last && last.end > from ? Math.max(sFirst, firstTokenAt(tokens, last.end)) : sFirst;
}
