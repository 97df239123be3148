// Where a reported clause starts after its cue (past a hearer, time words, "that") and where it ends
// (the sentence's end, or before a new attribution or another quotation's cue); what counts as a clause
// and not an object ("said the talks resume", not "confirmed the move").

import { isWord } from './02-tokenize';
import { OPENING_DOUBLE_MARK } from './05-quote-marks';
import { subjectBefore } from './06a-subjects';
import {
  MIN_CLAUSE_WORDS,
  clauseWords,
  countWords,
  cueAt,
  endsClauseAt,
  isCueAhead,
  looksFinite,
  skipPhrase,
} from './cues';
import { firstTokenAt, type Doc } from './doc';
import {
  ARTICLES,
  INSTRUCTING_LEMMAS,
  STRONG_SPEECH_LEMMAS,
  type CueVerb,
  isBareCue,
} from './lexicon/reporting-verbs';
import {
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
import {
  INTENT_VERBS,
  OBJECT_CONTENT_LEMMAS,
  QUESTION_LEMMAS,
  VERDICT_AS_LEMMAS,
  WH_WORDS,
} from './lexicon/stances';
import type { Attribution, Found } from './quotation';

export const MIN_FRONTED_WORDS = 4;
const MIN_ACT_WORDS = 5;
// What ends a sentence that is no headline: a stop, or a closing mark or bracket after one.
const SENTENCE_CLOSE = /[.!?…"”’»)]/;

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

export interface IndirectResult {
  readonly found: Found;
  readonly absorbs: readonly number[];
}

/**
 * Where the reported clause starts after a cue: past a hearer, time and place phrases, a comma or "that".
 * Verbs that also take what was said as an object fall back to it: "stressed the need to …".
 */
export function complementStart(
  doc: Doc,
  from: number,
  sLast: number,
  cue: CueVerb,
): { at: number; that: boolean } | null {
  const start = clauseStart(doc, from, sLast, cue);
  return start ?? (OBJECT_CONTENT_LEMMAS.has(cue.lemma) ? actObject(doc, from, sLast) : null);
}

/**
 * What a speech act was about, as its object: a bare object ("cited the Starlight Tours") names a topic;
 * a longer one reports what was said. Not in a headline ("Minister defends cuts to bus routes"), which has
 * no closing punctuation.
 */
function actObject(doc: Doc, j: number, sLast: number): { at: number; that: boolean } | null {
  const { tokens } = doc;
  const o = tokens[j];
  const ended = SENTENCE_CLOSE.test(tokens[sLast - 1]?.text ?? '');
  const says =
    ended &&
    isWord(o) &&
    !PREPOSITIONS.has(o.norm) &&
    !CONJUNCTIONS.has(o.norm) &&
    clauseWords(tokens, j, sLast) >= MIN_ACT_WORDS;
  return says ? { at: j, that: true } : null;
}

/** An "as" in the clause that starts at `from`: "painted Romney as out of touch". */
function asWithin(doc: Doc, from: number, sLast: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < sLast; k++) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && (t.text === ',' || t.text === ';'))) return false;
    if (t.norm === 'as') return true;
  }
  return false;
}

function clauseStart(
  doc: Doc,
  from: number,
  sLast: number,
  cue: CueVerb,
): { at: number; that: boolean } | null {
  const { tokens } = doc;
  let j = from;
  const hearer = tokens[j];
  const takesHearer = cue.cls === 'tell' || INSTRUCTING_LEMMAS.has(cue.lemma);
  if (
    takesHearer &&
    isWord(hearer) &&
    hearer.norm !== 'that' &&
    // "asked not to be named": a negation is no hearer.
    hearer.norm !== 'not' &&
    hearer.norm !== 'never' &&
    !WH_WORDS.has(hearer.norm) &&
    !PREPOSITIONS.has(hearer.norm)
  ) {
    // "told CTV News Friday", "told the newspaper", "urged residents": the hearer comes first.
    j = skipPhrase(tokens, j, sLast);
  }
  // "criticized the deal", "cited a report from …": what the speech act was about is what was said.
  if (cue.cls === 'act') {
    // "painted the room" is work, "painted him as a fraud" a verdict: these need the "as".
    if (VERDICT_AS_LEMMAS.has(cue.lemma) && !asWithin(doc, j, sLast)) return null;
    return actObject(doc, j, sLast);
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
    // allow: "…, she said, adding that no jobs would go": the participle reports what follows it; but
    // "warned, citing rising costs, that bills would rise": an aside before the cue's own clause.
    const next = tokens[j + 1];
    if (tokens[j]?.text === ',' && isWord(next) && next.norm.endsWith('ing') && cueAt(tokens, j + 1)) {
      let k = j + 2;
      while (k < sLast && tokens[k]?.text !== ',') k++;
      if (tokens[k + 1]?.norm !== 'that') return null;
      j = k;
    }
    comma = true;
    j++;
    // "warned, however, that …": an adverb set off by commas stands between the cue and its clause.
    if (POST_CUE_ADVERBS.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.text === ',') j += 2;
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
  // "questioned whether the plan works", "asked why she left": an embedded question is what was asked.
  if (QUESTION_LEMMAS.has(cue.lemma) && WH_WORDS.has(u.norm) && countWords(tokens, j, sLast) >= 4)
    return { at: j, that: true };
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
export function clause(
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
export function fronted(
  doc: Doc,
  floor: number,
  comma: number,
  attribution: Attribution,
): IndirectResult | null {
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
export function newAttributionAt(doc: Doc, k: number, sLast: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  if (!isWord(t)) return false;
  if (t.norm === 'according' && tokens[k + 1]?.norm === 'to') return true;
  const cue = cueAt(tokens, k);
  if (cue && cue.cls !== 'belief') return true; // ", said X" / ", adding …"
  for (let j = k + 1; j < Math.min(sLast, k + 7); j++) {
    // ", and the board plans to …": a new subject's stance starts its own clause.
    if (INTENT_VERBS.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === 'to') {
      const s = subjectBefore(tokens, j, k);
      const lead = SUBORDINATORS.has(tokens[k]?.norm ?? '') ? k + 1 : k;
      return s !== null && s.first === lead;
    }
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
