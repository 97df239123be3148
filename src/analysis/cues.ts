// Cue helpers the attribution steps share: which words are cues that attribute, where a cue ends, and the
// clause-word tests that tell a reported clause from an object.

import { isWord, type Token } from './02-tokenize';
import type { Subject } from './06a-subjects';
import {
  ARTICLES,
  CUE_VERBS,
  EVIDENCE_LEMMAS,
  HEARER_WORDS,
  NOUN_LIKE_CUES,
  type CueVerb,
  isBareCue,
} from './lexicon/reporting-verbs';
import {
  BE_FORMS,
  DETERMINERS,
  FINITE_AUX,
  IRREGULAR_PARTICIPLES,
  NOT_REPORTED_OPENERS,
  NUMBER_WORDS,
  ORG_NOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS_AND_THERE,
  TIME_WORDS,
  VERB_SATELLITES,
  spelledAsAdverb,
} from './lexicon/words';

/**
 * Words a cue of evidence ("showed", "found") takes without "that" are a thing shown, not words said, unless
 * a body or a group found them: "the defendant had shown “a callous disregard”" (the judge's words, told
 * to him), but "an independent review found “serious failings”" (the review's).
 */
export function showsNoWords(tokens: readonly Token[], lemma: string, s: Subject, that: boolean): boolean {
  if (!EVIDENCE_LEMMAS.has(lemma) || that) return false;
  return !(s.kind === 'descriptor' && (s.plural || ORG_NOUNS.has(tokens[s.head]?.norm ?? '')));
}

/** Punctuation that ends a sentence or a clause like one: an attribution never reaches past it. */
export const STOPS = new Set(['.', '!', '?', ';', '…']);
/**
 * Adverbs inside a verb group: "is once again questioning", "has also said". Not "now": "is now writing a
 * memoir, “…”" names a work in progress, not speech.
 */
export const INNER_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'once',
  'again',
  'still',
  'even',
  'already',
]);
/** Verbs that lend their subject to an infinitive cue: "she appeared to suggest that …". */
const RAISING_VERBS: ReadonlySet<string> = new Set([
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
]);

/** The verb whose subject a cue takes: the raising verb in "appeared to suggest", else the cue itself. */
export function subjectVerb(tokens: readonly Token[], v: number): number {
  return tokens[v - 1]?.norm === 'to' && RAISING_VERBS.has(tokens[v - 2]?.norm ?? '') ? v - 2 : v;
}

/** Fewest words of a reported clause without "that", or of a transcript line. */
export const MIN_CLAUSE_WORDS = 3;

/** The cue verb at token `i`, with its particle when it needs one ("pointed out"). */
export const cueAt = (tokens: readonly Token[], i: number): CueVerb | undefined => {
  const t = tokens[i];
  const cue = isWord(t) ? CUE_VERBS.get(t.norm) : undefined;
  return cue && (!cue.particle || tokens[i + 1]?.norm === cue.particle) ? cue : undefined;
};

/**
 * Is the cue word at `v` a verb that attributes? Not a noun ("the mayor’s claims", "a cost estimate"),
 * an infinitive ("an odd thing to say"), a passive ("when the tax was announced"), or a bare gerund ("a
 * letter demanding …"); a participle after a comma ("…, adding") or in a progressive ("is saying") is.
 */
export function isFiniteCue(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (!t) return false;
  let p = v - 1;
  while (
    isWord(tokens[p]) &&
    (spelledAsAdverb(tokens[p]?.text ?? '') || INNER_ADVERBS.has(tokens[p]?.norm ?? ''))
  )
    p--;
  const prev = tokens[p];
  const prevNorm = prev?.norm ?? '';
  // "appeared to suggest …": the raising verb carries the tense and the subject.
  if (prevNorm === 'to' && RAISING_VERBS.has(tokens[p - 1]?.norm ?? '')) return isFiniteCue(tokens, p - 1);
  if (prevNorm === 'to') return false;
  // "the officer in charge", "on report": after a preposition the word is a noun.
  if (NOUN_LIKE_CUES.has(t.norm) && PREPOSITIONS.has(prevNorm) && prevNorm !== 'as') return false;
  // "did not say", "didn't respond", "never confirmed": nothing is attributed.
  if (prevNorm === 'not' || prevNorm === 'never' || prevNorm.endsWith("n't")) return false;
  if (NOUN_LIKE_CUES.has(t.norm)) {
    // A noun when a determiner, possessive or number opens its phrase: "a final cost estimate".
    for (let k = p, n = 0; k >= 0 && n < 4; k--, n++) {
      const u = tokens[k];
      if (!isWord(u)) break;
      if (ARTICLES.has(u.norm) || u.norm.endsWith("'s") || /^\d/.test(u.norm) || NUMBER_WORDS.has(u.norm))
        return false;
      if (u.cap || PREPOSITIONS.has(u.norm) || VERB_SATELLITES.has(u.norm) || isBareCue(u.norm)) break;
    }
  }
  if (t.norm.endsWith('ing'))
    return prev?.text === ',' || BE_FORMS.has(prevNorm) || prevNorm === 'as' || prevNorm === 'by';
  const participle = t.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.norm);
  // "he was quoted as saying" attributes; "the tax was announced" does not.
  if (participle && BE_FORMS.has(prevNorm) && t.norm !== 'quoted') return false;
  // "the contractor's written assurance": a participle after a possessive noun is an adjective.
  if (participle && prevNorm.endsWith("'s") && !SUBJECT_PRONOUNS_AND_THERE.has(prevNorm.slice(0, -2)))
    return false;
  return true;
}

export function particleEnd(tokens: readonly Token[], k: number, cue: CueVerb): number {
  if (cue.particle && tokens[k + 1]?.norm === cue.particle) return k + 2;
  // "quoted as saying"
  if (cue.lemma === 'quote' && tokens[k + 1]?.norm === 'as' && CUE_VERBS.has(tokens[k + 2]?.norm ?? ''))
    return k + 3;
  // "told reporters": the hearer belongs to the cue.
  if (cue.cls === 'tell' && HEARER_WORDS.has(tokens[k + 1]?.norm ?? '')) return k + 2;
  return k + 1;
}

/** A cue that starts a new report (not a belief): ", and added …". */
export function isCueAhead(tokens: readonly Token[], k: number): boolean {
  const c = cueAt(tokens, k);
  return c !== undefined && c.cls !== 'belief';
}

export function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word') n++;
  return n;
}

/** Words up to the end of the clause that starts at `from` (a comma or semicolon ends it). */
export function clauseWords(tokens: readonly Token[], from: number, limit: number): number {
  let n = 0;
  for (let k = from; k < limit; k++) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && (t.text === ',' || t.text === ';' || STOPS.has(t.text)))) break;
    if (t.kind === 'word') n++;
  }
  return n;
}

/** Does a clause start here: a subject pronoun, or an auxiliary or past-tense verb within its first words? */
export function looksFinite(tokens: readonly Token[], from: number, limit: number): boolean {
  const first = tokens[from]?.norm ?? '';
  if (SUBJECT_PRONOUNS_AND_THERE.has(first)) return true;
  // "said when Trudeau dismisses …": a subordinate clause opens the report.
  if (NOT_REPORTED_OPENERS.has(first) && countWords(tokens, from, limit) >= 5) return true;
  let words = 0;
  let beforePreposition = true;
  for (let k = from; k < limit && words < 20; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    words++;
    if (k > from && PREPOSITIONS.has(t.norm)) beforePreposition = false;
    // "the station’s board frequently lobbies its members": a present-tense verb, told from a plural noun
    // by an adverb before it or an object after it.
    const prev = tokens[k - 1];
    const next = tokens[k + 1]?.norm ?? '';
    if (beforePreposition && k > from && /^\p{Ll}{3,}[^s]s$/u.test(t.text) && isWord(prev)) {
      if (spelledAsAdverb(prev.text) || ARTICLES.has(next) || next === 'that') return true;
    }
    if (k > from && (FINITE_AUX.has(t.norm) || t.norm.endsWith("n't"))) return true;
    if (k > from && t.norm.length > 4 && t.norm.endsWith('ed') && !ARTICLES.has(tokens[k - 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/** Skips a short noun phrase: determiners, modifiers, names (up to six words). */
export function skipPhrase(tokens: readonly Token[], from: number, limit: number): number {
  let j = from;
  while (j < limit && j - from < 6) {
    const u = tokens[j];
    if (!isWord(u)) break;
    if (j > from && (PREPOSITIONS.has(u.norm) || u.norm === 'that')) break;
    if (j > from && isBareCue(u.norm) && !NOUN_LIKE_CUES.has(u.norm)) break;
    // A second determiner, a pronoun or an auxiliary starts the clause: "in that speech the cost could …".
    if (j > from && (PERSONAL_PRONOUNS.has(u.norm) || DETERMINERS.has(u.norm) || VERB_SATELLITES.has(u.norm)))
      break;
    j++;
  }
  return j;
}

/** Does the attribution end its clause here (sentence end or a comma)? */
export function endsClauseAt(tokens: readonly Token[], k: number, sLast: number): boolean {
  let j = k;
  // "…, Kabulov said in an interview." still ends the clause.
  while (
    j < sLast &&
    isWord(tokens[j]) &&
    (PREPOSITIONS.has(tokens[j]?.norm ?? '') || TIME_WORDS.has(tokens[j]?.norm ?? ''))
  ) {
    j = skipPhrase(tokens, j + 1, sLast);
  }
  const t = tokens[j];
  return j >= sLast || !t || (t.kind === 'punct' && (STOPS.has(t.text) || t.text === ','));
}
