// Stage 7c: indirect and mixed quotations, from the cues no direct quotation used.
//   indirect: X said (that) … / X told Y that … / X noted, …, … / …, X added. / according to X, …
//   mixed:    an indirect clause that holds a quoted fragment.

import { isWord, type Token } from './02-tokenize';
import { OPENING_DOUBLE_MARK } from './05-quote-marks';
import { subjectAfter, subjectBefore } from './06a-subjects';
import type { DirectQuotations } from './07a-direct-quotes';
import { coordinatedSubject, participleSubject } from './cue-subjects';
import {
  MIN_CLAUSE_WORDS,
  clauseWords,
  countWords,
  cueAt,
  endsClauseAt,
  isCueAhead,
  isFiniteCue,
  looksFinite,
  particleEnd,
  skipPhrase,
} from './cues';
import { firstTokenAt, sentenceFirst, sentenceLast, type Doc } from './doc';
import {
  ARTICLES,
  FACTIVE_LEMMAS,
  INSTRUCTING_LEMMAS,
  STRONG_SPEECH_LEMMAS,
  type CueVerb,
  isBareCue,
} from './lexicon/reporting-verbs';
import {
  AUTHOR_PRONOUNS,
  CLAUSE_SUBJECT_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  NOT_REPORTED_OPENERS,
  NUMBER_WORDS,
  PERSONAL_PRONOUNS,
  POST_CUE_ADVERBS,
  PREPOSITIONS,
  TIME_WORDS,
  VERB_SATELLITES,
  WEEKDAYS_MONTHS,
  spelledAsAdverb,
} from './lexicon/words';
import { MAX_SPAN_BACK, type Attribution, type CueRef, type Found } from './quotation';
import { SpanSet } from './spans';

const MIN_FRONTED_WORDS = 4;
const MIN_ACT_WORDS = 5;
// A closing mark that may hold the comma before an attribution: …,” she said.
const CLOSING_MARK = /["”’»]/;
// What ends a sentence that is no headline: a stop, or a closing mark or bracket after one.
const SENTENCE_CLOSE = /[.!?…"”’»)]/;

interface IndirectResult {
  readonly found: Found;
  readonly absorbs: readonly number[];
}

export interface IndirectQuotations {
  /** Indirect and mixed quotations, in the order their cues come. */
  readonly found: Found[];
  /** Quoted spans that mixed quotations took in as fragments. */
  readonly absorbed: ReadonlySet<number>;
}

/** Words that may open a clause before its subject: ", though he admits …". */
const SUBORDINATORS = new Set([
  'though',
  'although',
  'but',
  'and',
  'while',
  'as',
  'because',
  'since',
  'whereas',
]);

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
    for (const r of results) {
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
): IndirectResult[] {
  const { tokens } = doc;
  const cue = cueAt(tokens, v);
  const t = tokens[v];
  if (!cue || !t || cue.cls === 'manner' || t.cap || doc.ignored[v] || !isFiniteCue(tokens, v)) return [];
  // "know", "feel", "realize": facts or moods, not reports.
  if (FACTIVE_LEMMAS.has(cue.lemma)) return [];
  const sFirst = sentenceFirst(doc, v);
  const sLast = sentenceLast(doc, v);
  const floor = Math.max(sFirst, afterLastQuote(doc, v, sFirst, attributed));
  const cueLast = particleEnd(tokens, v, cue);
  const cueRef: CueRef = { first: v, last: cueLast, lemma: cue.lemma };
  const results: IndirectResult[] = [];
  const adjacent = subjectBefore(tokens, v, floor);
  const subject = adjacent ?? coordinatedSubject(doc, v, floor) ?? participleSubject(doc, v, floor, direct);
  // "I would suggest …" outside quotation marks is the writer, not a source.
  if (subject?.kind === 'pronoun' && AUTHOR_PRONOUNS.has(tokens[subject.head]?.norm ?? '')) return [];
  // "what he said about Uber" is a thing said, named, not a report of it.
  if (subject && tokens[subject.first - 1]?.norm === 'what') return [];
  if (subject) {
    const attribution: Attribution = { cue: cueRef, subject, first: subject.first, last: cueLast };
    const clauseStart = complementStart(doc, cueLast, sLast, cue);
    if (clauseStart !== null) {
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

/** Where the reported clause starts after a cue: past a hearer, time and place phrases, a comma or "that". */
function complementStart(
  doc: Doc,
  from: number,
  sLast: number,
  cue: CueVerb,
): { at: number; that: boolean } | null {
  const { tokens } = doc;
  let j = from;
  const hearer = tokens[j];
  const takesHearer = cue.cls === 'tell' || INSTRUCTING_LEMMAS.has(cue.lemma);
  if (takesHearer && isWord(hearer) && hearer.norm !== 'that' && !PREPOSITIONS.has(hearer.norm)) {
    // "told CTV News Friday", "told the newspaper", "urged residents": the hearer comes first.
    j = skipPhrase(tokens, j, sLast);
  }
  // "criticized the deal", "cited a report from …": what the speech act was about is what was said.
  if (cue.cls === 'act') {
    const o = tokens[j];
    // A bare object ("cited the Starlight Tours") names a topic; a longer one reports what was said. Not
    // in a headline ("Minister defends cuts to bus routes"), which has no closing punctuation.
    const ended = SENTENCE_CLOSE.test(tokens[sLast - 1]?.text ?? '');
    const says =
      ended &&
      isWord(o) &&
      !PREPOSITIONS.has(o.norm) &&
      !CONJUNCTIONS.has(o.norm) &&
      clauseWords(tokens, j, sLast) >= MIN_ACT_WORDS;
    return says ? { at: j, that: true } : null;
  }
  // "urged residents to conserve water", "advised people never to use …": an instruction.
  const inf =
    tokens[j]?.norm === 'to'
      ? j
      : ['not', 'never'].includes(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === 'to'
        ? j
        : -1;
  if (inf >= 0) return j > from && INSTRUCTING_LEMMAS.has(cue.lemma) ? { at: inf, that: true } : null;
  for (let n = 0; n < 4 && j < sLast; n++) {
    const u = tokens[j];
    if (!isWord(u)) break;
    if (PREPOSITIONS.has(u.norm) && u.norm !== 'that') {
      j = skipPhrase(tokens, j + 1, sLast);
      continue;
    }
    // "said Thursday", "told reporters last week": time words alone, not the clause after them.
    if (WEEKDAYS_MONTHS.has(u.norm) || TIME_WORDS.has(u.norm)) {
      j++;
      continue;
    }
    break;
  }
  // "said however, that …", "told CNN recently": adverbs between the cue and its clause.
  while (
    j < sLast &&
    isWord(tokens[j]) &&
    (POST_CUE_ADVERBS.has(tokens[j]?.norm ?? '') || spelledAsAdverb(tokens[j]?.text ?? ''))
  ) {
    j++;
    if (tokens[j]?.text === ',' && tokens[j + 1]?.norm === 'that') j++;
  }
  let that = false;
  let comma = false;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') {
    comma = true;
    j++;
  }
  if (tokens[j]?.norm === 'that') {
    that = true;
    j++;
  }
  const u = tokens[j];
  if (!u || j >= sLast) return null;
  if (that || comma) return { at: j, that: true };
  if (u.kind === 'punct') return OPENING_DOUBLE_MARK.test(u.text) ? { at: j, that: false } : null;
  // "advised people never to use …", "urged residents to conserve …": an instruction.
  if (u.norm === 'to' || ((u.norm === 'not' || u.norm === 'never') && tokens[j + 1]?.norm === 'to')) {
    return j > from && INSTRUCTING_LEMMAS.has(cue.lemma) ? { at: j, that: true } : null;
  }
  // Without "that", what follows must read as a clause, not an object: "confirmed the move" is not speech.
  // After "said" an article opens a clause ("said the talks resume in June"): it is rarely said of a thing.
  const saidClause = cue.lemma === 'say' && ARTICLES.has(u.norm) && countWords(tokens, j, sLast) >= 4;
  if (!saidClause && !looksFinite(tokens, j, sLast)) return null;
  const n = u.norm;
  const subjectLike =
    PERSONAL_PRONOUNS.has(n) ||
    DETERMINERS.has(n) ||
    CLAUSE_SUBJECT_WORDS.has(n) ||
    NUMBER_WORDS.has(n) ||
    /^\d/.test(n) ||
    (u.cap && !WEEKDAYS_MONTHS.has(n));
  // After the plainest cues ("said", "added", "told X") any clause may follow: "said police were …".
  const plain =
    STRONG_SPEECH_LEMMAS.has(cue.lemma) &&
    u.kind === 'word' &&
    !PREPOSITIONS.has(n) &&
    !CONJUNCTIONS.has(n) &&
    // A gerund may be the clause's subject: "admits writing is harder than boxing".
    (!isBareCue(n) || n.endsWith('ing')) &&
    !VERB_SATELLITES.has(n);
  return subjectLike || plain ? { at: j, that: false } : null;
}

/** The reported clause from `start` to the end of its sentence, stopping before a new attribution. */
function clause(
  doc: Doc,
  start: number,
  sLast: number,
  attribution: Attribution,
  that: boolean,
  direct: readonly Found[],
  foundOfQuoted: ReadonlyMap<number, number>,
  otherCues: ReadonlySet<number> = new Set(),
): IndirectResult | null {
  const { tokens, quoted } = doc;
  let k = start;
  const absorbs: number[] = [];
  let end = start;
  while (k < sLast) {
    const t = tokens[k];
    if (!t) break;
    const qi = doc.quotedAt[k + 1] ?? -1;
    if (t.kind === 'punct' && qi !== -1 && doc.quotedAt[k] !== qi && quoted[qi]?.start === t.start) {
      // A quotation inside the clause: a fragment makes the clause mixed; an attributed quotation ends it.
      const fi = foundOfQuoted.get(qi);
      const f = fi === undefined ? undefined : direct[fi];
      if (f?.attribution && f.attribution.cue.first !== attribution.cue.first) break;
      absorbs.push(qi);
      const q = quoted[qi];
      k = q ? firstTokenAt(tokens, q.end) : k + 1;
      end = k;
      continue;
    }
    if (t.kind === 'punct' && (t.text === ';' || (t.text === ',' && newAttributionAt(doc, k + 1, sLast))))
      break;
    // Another quotation's cue ("… ― Trump boasted, “…”"): the clause ends at the punctuation before it.
    if (otherCues.has(k) && k !== attribution.cue.first) {
      let back = end;
      while (back > start && tokens[back - 1]?.kind !== 'punct') back--;
      end = back > start ? back : end;
      break;
    }
    // "said … but warned that …": a second cue of the same subject starts its own clause.
    if ((t.norm === 'and' || t.norm === 'but') && isCueAhead(tokens, k + 1)) break;
    k++;
    end = k;
  }
  // Trim closing punctuation (but keep a closing quotation mark of a fragment).
  while (
    end > start &&
    tokens[end - 1]?.kind === 'punct' &&
    /^[.,;:!?…—–-]$/.test(tokens[end - 1]?.text ?? '')
  )
    end--;
  if (countWords(tokens, start, end) < (that ? 2 : MIN_CLAUSE_WORDS)) return null;
  const a = tokens[start];
  const b = tokens[end - 1];
  if (!a || !b) return null;
  return {
    found: {
      kind: absorbs.length ? 'mixed' : 'indirect',
      start: a.start,
      end: b.end,
      contentStart: a.start,
      contentEnd: b.end,
      attribution,
      parent: null,
      continues: null,
      inherits: null,
      repaired: false,
      quoted: null,
    },
    absorbs,
  };
}

/** The clause before a trailing or parenthetical attribution: "It is on his watch, Scheer said, …". */
function fronted(doc: Doc, floor: number, comma: number, attribution: Attribution): IndirectResult | null {
  const { tokens } = doc;
  let start = floor;
  while (start < comma && (tokens[start]?.kind === 'punct' || tokens[start]?.kind === 'break')) start++;
  // A clause, not an adverbial: "But for this", "When asked about it" or "Despite the cost" report nothing.
  let lead = start;
  while (lead < comma && CONJUNCTIONS.has(tokens[lead]?.norm ?? '')) lead++;
  const opener = tokens[lead]?.norm ?? '';
  if (NOT_REPORTED_OPENERS.has(opener) || PREPOSITIONS.has(opener)) return null;
  if (countWords(tokens, lead, comma) < MIN_FRONTED_WORDS) return null;
  const r = clause(doc, start, comma + 1, attribution, true, [], new Map());
  return r && r.found.end <= (tokens[comma]?.end ?? 0) ? r : null;
}

/** ", he said" / ", said X" / ", according to" / ", adding": a new attribution starts after this comma. */
function newAttributionAt(doc: Doc, k: number, sLast: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  if (!isWord(t)) return false;
  if (t.norm === 'according' && tokens[k + 1]?.norm === 'to') return true;
  const cue = cueAt(tokens, k);
  if (cue && cue.cls !== 'belief') return true; // ", said X" / ", adding …"
  for (let j = k + 1; j < Math.min(sLast, k + 7); j++) {
    const c = cueAt(tokens, j);
    if (c && !tokens[j]?.cap) {
      const s = subjectBefore(tokens, j, k);
      // ", though he admits …": a subordinator may stand before the new subject.
      const lead = SUBORDINATORS.has(tokens[k]?.norm ?? '') ? k + 1 : k;
      if (s === null || s.first !== lead) return false;
      // ", he said." ends the clause; ", he believed the station …" and ", he said that …" open a new one.
      const opensReport = tokens[j + 1]?.norm === 'that' || looksFinite(tokens, j + 1, sLast);
      return endsClauseAt(tokens, j + 1, sLast) || (s.kind !== 'descriptor' && opensReport);
    }
    const u = tokens[j];
    if (!u || u.kind === 'punct') return false;
  }
  return false;
}
