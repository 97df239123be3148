// Stage 7d: stances, which report what someone intends rather than what they said, from the words no
// other attribution used.
//   intention: "She wants to triple the program" / "The union plans to appeal" (the to-infinitive)
//   calls:     "called for a full inquiry" / "called the plan “reckless”"
//   claims:    "the mayor's claim that the budget balances" (the possessor holds the claim)

import { isWord, type Token } from './02-tokenize';
import { OPENING_DOUBLE_MARK } from './05-quote-marks';
import { phraseEndingAt } from './06-noun-phrases';
import { subjectBefore, toSubject, type Subject } from './06a-subjects';
import type { DirectQuotations } from './07a-direct-quotes';
import { coordinatedSubject, participleSubject } from './cue-subjects';
import { INNER_ADVERBS, skipPhrase } from './cues';
import { sentenceFirst, sentenceLast, type Doc } from './doc';
import { ARTICLES } from './lexicon/reporting-verbs';
import { CALL_FORMS, CLAIM_NOUNS, INTENT_VERBS } from './lexicon/stances';
import { AUTHOR_PRONOUNS, BE_FORMS, DETERMINERS, PERSONAL_PRONOUNS, spelledAsAdverb } from './lexicon/words';
import type { Attribution } from './quotation';
import { clause, type IndirectResult } from './reported-clause';

// "has long wanted", "is now seeking": adverbs that may stand between the verb and its infinitive too.
const BETWEEN_WORDS = new Set(['also', 'now', 'still', 'again', 'once', 'not', 'never']);

/** Stances from the words no other attribution used, in text order. */
export function findStances(doc: Doc, direct: DirectQuotations): IndirectResult[] {
  const { tokens } = doc;
  const results: IndirectResult[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (doc.quotedAt[v] !== -1 || doc.ignored[v] || direct.usedCues.has(v)) continue;
    const t = tokens[v];
    if (!isWord(t) || t.cap) continue;
    const lemma = INTENT_VERBS.get(t.norm);
    const r =
      lemma !== undefined
        ? intention(doc, v, lemma, direct)
        : CALL_FORMS.has(t.norm)
          ? call(doc, v, direct)
          : t.norm === 'that' && CLAIM_NOUNS.has(tokens[v - 1]?.norm ?? '')
            ? claim(doc, v, direct)
            : null;
    if (r) results.push(r);
  }
  return results;
}

/** "X wants to …": the infinitive after a finite verb of intention whose subject is a person or body. */
function intention(doc: Doc, v: number, lemma: string, direct: DirectQuotations): IndirectResult | null {
  const { tokens } = doc;
  if (!isFiniteVerb(tokens, v)) return null;
  let j = v + 1;
  while (
    isWord(tokens[j]) &&
    (BETWEEN_WORDS.has(tokens[j]?.norm ?? '') || spelledAsAdverb(tokens[j]?.text ?? ''))
  )
    j++;
  // "promised to the voters" is a preposition: the infinitive needs a verb after "to".
  const after = tokens[j + 1];
  if (tokens[j]?.norm !== 'to' || !isWord(after) || after.cap) return null;
  if (ARTICLES.has(after.norm) || DETERMINERS.has(after.norm) || PERSONAL_PRONOUNS.has(after.norm))
    return null;
  const subject = subjectOf(doc, v);
  if (!subject) return null;
  const attribution: Attribution = {
    cue: { first: v, last: v + 1, lemma },
    subject,
    first: subject.first,
    last: v + 1,
  };
  return clause(
    doc,
    j,
    sentenceLast(doc, v),
    attribution,
    true,
    direct.found,
    direct.foundOfQuoted,
    direct.usedCues,
  );
}

/**
 * "called for a repeal" / "called the plan “reckless”" or "called it a hoax": a demand, or a verdict whose object and label are the content. A bare "called the police" is a
 * phone call, so a verdict needs a quoted label or "a …" after the object.
 */
function call(doc: Doc, v: number, direct: DirectQuotations): IndirectResult | null {
  const { tokens } = doc;
  const sLast = sentenceLast(doc, v);
  const next = tokens[v + 1];
  if (!isWord(next)) return null;
  let start = v + 1;
  let lemma = 'call';
  if (next.norm === 'for') {
    start = v + 2;
    lemma = 'call for';
  } else {
    // "Locals call the wall “the Gap”" is a name in use, not a verdict: the base form is habitual.
    if (t(tokens, v) === 'call') return null;
    let j = skipPhrase(tokens, v + 1, sLast);
    while (j > v + 1 && tokens[j]?.norm === 'of') j = skipPhrase(tokens, j + 1, sLast);
    const label = tokens[j];
    const quoted = label?.kind === 'punct' && OPENING_DOUBLE_MARK.test(label.text);
    if (j === v + 1 || !(quoted || label?.norm === 'a' || label?.norm === 'an')) return null;
  }
  const participle = t(tokens, v).endsWith('ing') && tokens[v - 1]?.text === ',';
  if (!participle && !isFiniteVerb(tokens, v)) return null;
  const subject = participle
    ? participleSubject(doc, v, sentenceFirst(doc, v), direct.found)
    : subjectOf(doc, v);
  if (!subject) return null;
  const last = start === v + 1 ? v + 1 : v + 2;
  const attribution: Attribution = { cue: { first: v, last, lemma }, subject, first: subject.first, last };
  return clause(doc, start, sLast, attribution, true, direct.found, direct.foundOfQuoted, direct.usedCues);
}

/** "the mayor's (repeated) claim that …": the possessor holds the claim, the that-clause is its content. */
function claim(doc: Doc, k: number, direct: DirectQuotations): IndirectResult | null {
  const { tokens } = doc;
  let p = k - 2;
  // One or two modifiers between the possessor and the noun: "Trump's repeated claim".
  while (p >= k - 3 && isWord(tokens[p]) && !tokens[p]?.cap && !tokens[p]?.norm.endsWith("'s")) p--;
  const owner = tokens[p];
  const floor = sentenceFirst(doc, k);
  if (!owner || !owner.norm.endsWith("'s") || p < floor) return null;
  const np = phraseEndingAt(tokens, p, floor);
  // Only as an object ("questioned the minister's claim that …"): as the sentence's subject the clause
  // would run on into the main verb ("The contractor's assurance that work was on track did not …").
  if (!np || np.kind === 'pronoun' || np.first <= floor) return null;
  const subject: Subject = toSubject(np, null);
  const attribution: Attribution = {
    cue: { first: k - 1, last: k, lemma: tokens[k - 1]?.norm ?? 'claim' },
    subject,
    first: subject.first,
    last: k,
  };
  const sLast = sentenceLast(doc, k);
  return clause(doc, k, sLast, attribution, true, direct.found, direct.foundOfQuoted, direct.usedCues);
}

const t = (tokens: readonly Token[], v: number): string => tokens[v]?.norm ?? '';

/** The subject right before the verb or, after "and", the first verb's ("He … and plans to …"). */
function subjectOf(doc: Doc, v: number): Subject | null {
  const { tokens } = doc;
  const floor = sentenceFirst(doc, v);
  const subject = subjectBefore(tokens, v, floor) ?? coordinatedSubject(doc, v, floor);
  if (!subject) return null;
  // "I want to …" outside quotation marks is the writer; "what he wants to …" names a thing.
  if (subject.kind === 'pronoun' && AUTHOR_PRONOUNS.has(tokens[subject.head]?.norm ?? '')) return null;
  if (tokens[subject.first - 1]?.norm === 'what') return null;
  return subject;
}

/**
 * A verb, not a noun ("his plans to …"), a negation ("did not want to …") or a passive ("was planned to
 * …"); a gerund only in a progressive ("is seeking to …").
 */
function isFiniteVerb(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  let p = v - 1;
  while (
    isWord(tokens[p]) &&
    (spelledAsAdverb(tokens[p]?.text ?? '') || INNER_ADVERBS.has(tokens[p]?.norm ?? ''))
  )
    p--;
  const prev = tokens[p]?.norm ?? '';
  if (!t || prev === 'to' || prev === 'not' || prev === 'never' || prev.endsWith("n't")) return false;
  if (ARTICLES.has(prev) || prev.endsWith("'s") || DETERMINERS.has(prev)) return false;
  if (t.norm.endsWith('ing')) return BE_FORMS.has(prev);
  if (BE_FORMS.has(prev)) return false;
  return true;
}
