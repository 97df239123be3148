// Stage 6a (used by attribution): the subject a cue verb rests on, read outward from the cue with the
// phrase parsers of stage 6: leftwards for "Kabulov said" and "Russia’s special envoy to Afghanistan, Zamir
// Kabulov, in an interview with … said", rightwards for "said the presidential envoy"; and the roles set off
// by commas around a name in running text.

import { isWord, type Token } from './02-tokenize';
import {
  AGE,
  andInsideName,
  isNameWord,
  isRoleNoun,
  isTitle,
  phraseEndingAt,
  withComplement,
  type NounPhrase,
} from './06-noun-phrases';
import { ARTICLES, NOUN_LIKE_CUES, isBareCue } from './lexicon/reporting-verbs';
import {
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  VERB_SATELLITES,
  isLyAdverb,
} from './lexicon/words';

/** Prepositions that attach a complement to a role noun: "spokeswoman for Trudeau", "envoy to Afghanistan". */
const ROLE_COMPLEMENT_PREPS = new Set(['for', 'of', 'at', 'to', 'with', 'from', 'in', 'on']);
const DIGIT_START = /^\d/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const AGE_OR_NUMBER = /^\d+(?:-year-old)?$/;
const MAX_STEPS = 8;
// Punctuation that ends a comma chunk besides a comma: stops, colons, quotation marks and brackets.
const CHUNK_BOUNDARY = /[.;:!?"“”«»()]/;

export interface Subject extends NounPhrase {
  /** Token range of an apposition naming the role: "Russia’s special envoy to Afghanistan, Zamir Kabulov". */
  readonly apposition: readonly [number, number] | null;
}

/**
 * A subject from a noun phrase, its fields written in one order, so every subject has the same hidden
 * class. `{ ...np, apposition, roles }` made one per way a subject is built, and overwriting the copied
 * `roles` turned it from a constant field into a mutable one: V8 redid that hundreds of times on a long
 * article (--trace-generalization), each time throwing away optimised code that reads subjects.
 */
export function toSubject(
  np: NounPhrase,
  apposition: Subject['apposition'],
  first = np.first,
  last = np.last,
  roles = np.roles,
): Subject {
  return { first, last, head: np.head, kind: np.kind, name: np.name, roles, plural: np.plural, apposition };
}

/**
 * The subject of the cue verb at `verb`, read leftwards no further than `floor`: skips adverbs and
 * auxiliaries ("also", "has"), coordinated cues ("explained and added"), parentheses, prepositional
 * phrases ("in an interview with …") and comma-set interjections (", after signing …, which …,").
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number): Subject | null {
  let pos = skipSatellitesLeft(tokens, verb - 1, floor);
  for (let step = 0; step < MAX_STEPS && pos >= floor; step++) {
    const t = tokens[pos];
    if (!t) return null;
    if (t.text === ')') {
      pos = matchingOpen(tokens, pos, floor) - 1;
      continue;
    }
    if (t.text === ',') {
      const chunkStart = chunkStartBefore(tokens, pos, floor);
      const lead = tokens[chunkStart];
      if (chunkStart >= pos) return null;
      // An ordinal (", 3rd in the table,") or an age alone (", 45,"); not an age that opens a name: "One
      // victim, 84-year-old Joan Pryce, said".
      const leadNorm = lead?.norm ?? '';
      const aside = ORDINAL.test(leadNorm) || (AGE_OR_NUMBER.test(leadNorm) && pos - chunkStart === 1);
      if (lead && (CLAUSE_OPENERS.has(lead.norm) || PREPOSITIONS.has(lead.norm) || aside)) {
        // ", after signing the Doha agreement," or ", 45,": an interjection between subject and verb.
        pos = chunkStart - 1;
        continue;
      }
      const np = phraseEndingAt(tokens, pos - 1, chunkStart);
      const before = tokens[chunkStart - 1]?.text === ',';
      // "Moreno, a Republican, said": an indefinite phrase set off after a name describes that name.
      const indefinite = tokens[chunkStart]?.norm === 'a' || tokens[chunkStart]?.norm === 'an';
      if (
        np &&
        coversChunk(tokens, np, chunkStart) &&
        !((np.kind === 'descriptor' || indefinite) && before)
      ) {
        return withApposition(tokens, np, floor);
      }
      // "Bill Sims, the city's director of engineering, said": a role set off by commas after a name.
      const named = before && isRoleChunk(tokens, chunkStart, relativeEnd(tokens, chunkStart, pos));
      const nameFloor = chunkStartBefore(tokens, chunkStart - 1, floor);
      const name = named ? phraseEndingAt(tokens, chunkStart - 2, nameFloor) : null;
      if (!name || name.kind !== 'name' || !coversChunk(tokens, name, nameFloor)) {
        // Not "Name, role, said": the descriptor itself is the subject ("…, the company, said" is rare).
        return np && coversChunk(tokens, np, chunkStart) ? withApposition(tokens, np, floor) : null;
      }
      const app = [
        DETERMINERS.has(tokens[chunkStart]?.norm ?? '') ? chunkStart + 1 : chunkStart,
        pos,
      ] as const;
      return toSubject(name, app, name.first, name.last, [...name.roles, app]);
    }
    if (isWord(t) && PREPOSITIONS.has(t.norm)) {
      pos--;
      continue;
    }
    // "an architect who said …", "the department, which reported …": the relative's antecedent speaks.
    if (isWord(t) && (t.norm === 'who' || t.norm === 'which')) {
      const back = tokens[pos - 1]?.text === ',' ? pos - 2 : pos - 1;
      const antecedent = phraseEndingAt(tokens, back, floor);
      return antecedent && antecedent.kind !== 'pronoun' ? toSubject(antecedent, null) : null;
    }
    let np = phraseEndingAt(tokens, pos, floor);
    if (!np) return null;
    // "X and Y said": a group of two named speakers, unless the "and" is inside one body's name.
    const conj = tokens[np.first - 1];
    if (conj?.norm === 'and' && np.kind === 'name') {
      const other = phraseEndingAt(tokens, np.first - 2, floor);
      if (other && other.kind === 'name') {
        const from = other.name?.[0] ?? other.first;
        const linked = andInsideName(tokens, from, np.first - 1);
        np = {
          first: other.first,
          last: np.last,
          head: np.head,
          kind: np.kind,
          name: [from, np.last],
          roles: linked ? other.roles : np.roles,
          plural: !linked,
        };
      }
    }
    const prep = tokens[np.first - 1];
    // "… days after Trudeau told": a subordinate clause's subject, not a prepositional object.
    const opensClause = isWord(prep) && CLAUSE_OPENERS.has(prep.norm);
    if (isWord(prep) && PREPOSITIONS.has(prep.norm) && np.first - 1 >= floor && !opensClause) {
      const owner = phraseEndingAt(tokens, np.first - 2, floor);
      if (
        owner &&
        owner.kind !== 'pronoun' &&
        isRoleNoun(tokens[owner.head]?.norm ?? '') &&
        ROLE_COMPLEMENT_PREPS.has(prep.norm)
      ) {
        np = withComplement(owner, np);
      } else {
        // A prepositional phrase ("with a Federal News Agency"): the subject is further left.
        pos = np.first - 1;
        continue;
      }
    }
    return withApposition(tokens, np, floor);
  }
  return null;
}

/**
 * The subject after an inverted cue: "said the presidential envoy", "said Smith, the mayor of Surrey",
 * "according to the ministry". Reads rightwards up to `ceil`.
 */
export function subjectAfter(tokens: readonly Token[], from: number, ceil: number): Subject | null {
  let end = from;
  while (end < ceil) {
    const u = tokens[end];
    if (!isWord(u)) break;
    // A cue word right after a determiner is a noun: "according to the post".
    const nounCue = NOUN_LIKE_CUES.has(u.norm) && ARTICLES.has(tokens[end - 1]?.norm ?? '');
    if (
      end > from &&
      ((isBareCue(u.norm) && !nounCue) || VERB_SATELLITES.has(u.norm) || CONJUNCTIONS.has(u.norm))
    )
      break;
    if (end > from && PREPOSITIONS.has(u.norm)) {
      // Keep the complement of a role noun: "a spokesman for the company".
      const before = tokens[end - 1];
      if (!(
        before &&
        isRoleNoun(before.norm) &&
        ROLE_COMPLEMENT_PREPS.has(u.norm) &&
        isWord(tokens[end + 1])
      ))
        break;
    }
    end++;
  }
  if (end === from) return null;
  for (let last = end - 1; last >= from; last--) {
    const np = phraseEndingAtWithin(tokens, last, from);
    if (np && np.first === from) {
      // An apposition after a comma: "said Smith, the mayor of Surrey".
      const comma = tokens[np.last];
      if (comma?.text === ',') {
        const app = descriptorAfter(tokens, np.last + 1, ceil);
        // An apposition is set off: it ends at a comma or the sentence's end ("said Smith, the mayor.").
        const closed =
          app !== null && (app[1] >= ceil || /^[,.;:!?)"”’»—–]$/.test(tokens[app[1]]?.text ?? ''));
        if (app && closed && np.kind !== 'descriptor')
          return toSubject(np, app, np.first, app[1], [...np.roles, app]);
        // "says Campbell's partner, Jason Louth": the name after the descriptor is the speaker.
        const named = np.kind === 'descriptor' ? nameAfter(tokens, np.last + 1, ceil) : null;
        if (named) {
          const role = [np.roles[0]?.[0] ?? np.first, np.last] as const;
          return toSubject(named, role, np.first, named.last, [role, ...named.roles]);
        }
      }
      return toSubject(np, null);
    }
  }
  return null;
}

function phraseEndingAtWithin(tokens: readonly Token[], last: number, from: number): NounPhrase | null {
  const np = phraseEndingAt(tokens, last, from);
  if (np && np.first === from) return np;
  // "a spokesman for the company": head + complement.
  for (let p = last - 1; p > from; p--) {
    const prep = tokens[p];
    if (isWord(prep) && ROLE_COMPLEMENT_PREPS.has(prep.norm)) {
      const owner = phraseEndingAt(tokens, p - 1, from);
      const object = phraseEndingAt(tokens, last, p + 1);
      if (owner && object && isRoleNoun(tokens[owner.head]?.norm ?? '')) return withComplement(owner, object);
      return np;
    }
  }
  return null;
}

/** A bare name starting at `from` and ending the clause: ", Jason Louth." / ", Darrin, …". */
function nameAfter(tokens: readonly Token[], from: number, ceil: number): NounPhrase | null {
  let end = from;
  while (end < ceil && isNameWord(tokens, end)) end++;
  const stop = tokens[end];
  if (end === from || end - from > 4 || (end < ceil && stop && stop.kind === 'word')) return null;
  return { first: from, last: end, head: end - 1, kind: 'name', name: [from, end], roles: [], plural: false };
}

/** A role descriptor starting at `from`: "the mayor of Surrey" (up to the next comma or stop). */
function descriptorAfter(
  tokens: readonly Token[],
  from: number,
  ceil: number,
): readonly [number, number] | null {
  let end = from;
  let sawRole = false;
  // "according to the agency, 41 people lost money", "…, 62-year-old Tom Reed died": a number opens a
  // clause, not a description; an age before a role opens one ("said Tom Evans, 62-year-old chairman").
  const first = tokens[from]?.norm ?? '';
  const ageBeforeRole = AGE.test(first) && isWord(tokens[from + 1]) && !tokens[from + 1]?.cap;
  if (PREPOSITIONS.has(first) || VERB_SATELLITES.has(first) || (DIGIT_START.test(first) && !ageBeforeRole))
    return null;
  while (end < ceil && end - from < 10) {
    const u = tokens[end];
    if (!isWord(u) || verbCueAt(tokens, end) || CLAUSE_OPENERS.has(u.norm) || VERB_SATELLITES.has(u.norm))
      break;
    if (isRoleNoun(u.norm) || isTitle(u)) sawRole = true;
    end++;
  }
  const lead = tokens[from];
  if (!sawRole || !lead) return null;
  return [DETERMINERS.has(lead.norm) ? from + 1 : from, end];
}

function skipSatellitesLeft(tokens: readonly Token[], pos: number, floor: number): number {
  let p = pos;
  while (p >= floor) {
    const t = tokens[p];
    if (!isWord(t)) break;
    // Lower case only: "Theresa May said" has no auxiliary "may".
    if (!t.cap && (VERB_SATELLITES.has(t.norm) || isLyAdverb(t.norm))) {
      p--;
      continue;
    }
    // "Kabulov explained and added": the subject is shared by coordinated cues.
    if ((t.norm === 'and' || t.norm === 'but') && isBareCue(tokens[p - 1]?.norm ?? '')) {
      p -= 2;
      continue;
    }
    break;
  }
  return p;
}

function matchingOpen(tokens: readonly Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k < 20; k--) if (tokens[k]?.text === '(') return k;
  return floor - 1;
}

function chunkStartBefore(tokens: readonly Token[], comma: number, floor: number): number {
  let k = comma - 1;
  while (k >= floor && tokens[k]?.text !== ',' && tokens[k]?.kind !== 'break') {
    const t = tokens[k];
    if (t && t.kind === 'punct' && CHUNK_BOUNDARY.test(t.text)) break;
    k--;
  }
  return k + 1;
}

/** A chunk that describes a role: "the city's director of engineering", "executive chairwoman of X". */
/**
 * Is the cue word at `k` a verb here? Not after an article or a preposition, where it is a noun: "the officer
 * in charge", "director of the state water agency".
 */
function verbCueAt(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? '';
  const prev = tokens[k - 1]?.norm ?? '';
  return isBareCue(norm) && !(NOUN_LIKE_CUES.has(norm) && (ARTICLES.has(prev) || PREPOSITIONS.has(prev)));
}

function isRoleChunk(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 12 || to <= from) return false;
  const lead = tokens[from];
  if (!lead || PREPOSITIONS.has(lead.norm) || CLAUSE_OPENERS.has(lead.norm) || CONJUNCTIONS.has(lead.norm))
    return false;
  let role = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || verbCueAt(tokens, k) || VERB_SATELLITES.has(t.norm)) return false;
    if (!t.cap && isRoleNoun(t.norm)) role = true;
  }
  // "emergency program co-ordinator", "the largest employer in the region": a noun phrase without verbs;
  // "a Republican", "a Democrat from Fairview": an indefinite one, whatever its capitals.
  const indefinite = lead.norm === 'a' || lead.norm === 'an';
  return role || (to - from <= 8 && (tokens[to - 1]?.cap === false || indefinite));
}

/** Where a role chunk's own words end, before a relative clause: "a scientist at X who was not involved". */
function relativeEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (tokens[k]?.norm === 'who' || tokens[k]?.norm === 'which') return k;
  return to;
}

/** Does the phrase fill its comma chunk, allowing a leading conjunction ("But Kabulov")? */
function coversChunk(tokens: readonly Token[], np: NounPhrase, chunkStart: number): boolean {
  if (np.first === chunkStart) return true;
  for (let k = chunkStart; k < np.first; k++) {
    const t = tokens[k];
    if (!t || !(CONJUNCTIONS.has(t.norm) || CLAUSE_OPENERS.has(t.norm))) return false;
  }
  return true;
}

/** "Russia’s special envoy to Afghanistan, Zamir Kabulov, …": a descriptor chunk right before a name. */
function withApposition(tokens: readonly Token[], np: NounPhrase, floor: number): Subject {
  const comma = tokens[np.first - 1];
  if (np.kind !== 'name' || comma?.text !== ',') return toSubject(np, null);
  const chunkStart = chunkStartBefore(tokens, np.first - 1, floor);
  const end = np.first - 1;
  for (let k = end - 1; k >= chunkStart; k--) {
    const u = tokens[k];
    if (u && isRoleNoun(u.norm) && !u.cap) {
      // Found a role noun in the chunk; keep the chunk from its determiner or possessive.
      let s = chunkStart;
      while (s < k && (CONJUNCTIONS.has(tokens[s]?.norm ?? '') || CLAUSE_OPENERS.has(tokens[s]?.norm ?? '')))
        s++;
      if (DETERMINERS.has(tokens[s]?.norm ?? '')) s++;
      // Only a noun phrase is an apposition; "The report will go to the insurers, Doyle said" is a clause.
      if (!isRoleChunk(tokens, s, end)) break;
      const app = [s, end] as const;
      return toSubject(np, app, s, np.last, [app, ...np.roles]);
    }
  }
  return toSubject(np, null);
}

/**
 * Roles set off by commas around a name in running text: "The film's director, Nuala Brady, spent …" and
 * "Nuala Brady, the film's director, spent …". Returns token ranges without the leading article.
 */
export function appositionRoles(
  tokens: readonly Token[],
  first: number,
  last: number,
): Array<readonly [number, number]> {
  const roles: Array<readonly [number, number]> = [];
  if (tokens[first - 1]?.text === ',' && tokens[last]?.text === ',') {
    const start = chunkStartBefore(tokens, first - 1, 0);
    const atSentenceStart = start === 0 || tokens[start - 1]?.kind !== 'word';
    if (atSentenceStart && hasRoleHead(tokens, start, first - 1) && isRoleChunk(tokens, start, first - 1)) {
      roles.push([ARTICLES.has(tokens[start]?.norm ?? '') ? start + 1 : start, first - 1]);
    }
  }
  if (tokens[last]?.text === ',') {
    let end = last + 1;
    while (end < tokens.length && isWord(tokens[end]) && end - last < 10) end++;
    const stop = tokens[end]?.text ?? '';
    const lead = tokens[last + 1]?.norm ?? '';
    if (
      (stop === ',' || stop === '.') &&
      ARTICLES.has(lead) &&
      hasRoleHead(tokens, last + 1, end) &&
      isRoleChunk(tokens, last + 1, end)
    ) {
      roles.push([last + 2, end]);
    }
  }
  return roles;
}

function hasRoleHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t && !t.cap && isRoleNoun(t.norm)) return true;
  }
  return false;
}
