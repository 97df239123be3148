// Stage 6 (used by attribution): find the noun phrase a cue verb rests on, without a tagger. The lexicons
// tell pronouns, determiners, prepositions, role nouns and titles apart; capitals mark names. A phrase is
// read outward from the cue: leftwards for "Kabulov said", rightwards for "said the presidential envoy".

import type { Token } from './02-tokenize';
import { ARTICLES, NOUN_LIKE_CUES, isBareCue } from './lexicon/reporting-verbs';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_PARTICLES } from './lexicon/names';
import {
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  DETERMINERS,
  GROUP_NOUNS,
  HONORIFICS,
  LY_NOUNS,
  NON_NAME_CAPITALS,
  ORG_NOUNS,
  PERSON_NOUNS,
  PREPOSITIONS,
  TITLE_WORDS,
  VERB_SATELLITES,
  WEEKDAYS_MONTHS,
} from './lexicon/words';

export type PhraseKind = 'name' | 'pronoun' | 'descriptor';

export interface NounPhrase {
  /** Token range [first, last) of the whole phrase, titles and determiners included. */
  readonly first: number;
  readonly last: number;
  readonly head: number;
  readonly kind: PhraseKind;
  /** Token range of the name inside the phrase ("Zamir Kabulov"), when it has one. */
  readonly name: readonly [number, number] | null;
  /** Token ranges of roles: titles before the name and appositions ("Russia’s special envoy to Afghanistan"). */
  readonly roles: ReadonlyArray<readonly [number, number]>;
  readonly plural: boolean;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Prepositions that attach a complement to a role noun: "spokeswoman for Trudeau", "envoy to Afghanistan". */
const ROLE_COMPLEMENT_PREPS = new Set(['for', 'of', 'at', 'to', 'with', 'from', 'in', 'on']);
const ORDINAL_OR_AGE = /^(?:\d+(?:-year-old)?|\d+(?:st|nd|rd|th))$/;
const AGE = /^\d+-year-old$/;
const LINKERS = new Set(['of', 'the', 'for', 'on']);
/** Title words that also start company or place names ("General Motors", "Prince Rupert"). */
const AMBIGUOUS_TITLES = new Set([
  'general',
  'major',
  'private',
  'principal',
  'host',
  'speaker',
  'chief',
  'vice',
  'leader',
  'deputy',
  'dean',
  'marshal',
  'warden',
  'coach',
  'king',
  'queen',
  'prince',
  'princess',
  'duke',
  'captain',
]);
const MAX_STEPS = 8;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

const capitalisedNonCue = (t: Token | undefined): boolean =>
  isWord(t) && t.cap && !isBareCue(t.norm) && !NON_NAME_CAPITALS.has(t.norm);

/** A capitalised word that can belong to a name: not a sentence opener like "However" or a month. */
export function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t) || !t.cap || t.abbr === 'title') return false;
  // A capitalised cue word ("Says", "Added") names someone only inside a longer name ("Said Ahmed").
  if (isBareCue(t.norm) && !capitalisedNonCue(tokens[i + 1]) && !capitalisedNonCue(tokens[i - 1]))
    return false;
  if (WEEKDAYS_MONTHS.has(t.norm))
    return isWord(tokens[i - 1]) && !!tokens[i - 1]?.cap && !NON_NAME_CAPITALS.has(tokens[i - 1]?.norm ?? '');
  return !NON_NAME_CAPITALS.has(t.norm);
}

/** A title written as part of a name: "Senator", "Prime Minister", "Dr.", "CEO". */
const isNameTitle = (t: Token | undefined): boolean => isTitle(t) && (t?.cap === true || t?.abbr === 'title');

/**
 * Where the personal name starts inside a capitalised run: after its last title word.
 * "Conservative Leader Andrew Scheer" → "Andrew Scheer"; "Minister of Crown-Indigenous Relations Carolyn
 * Bennett" → "Carolyn Bennett" (at a known given name); "Department of Justice" stays whole.
 */
export function personalNameStart(tokens: readonly Token[], a: number, end: number): number {
  let start = a;
  for (let k = end - 2; k >= a; k--) {
    if (isNameTitle(tokens[k])) {
      // "General Motors", "Speaker Corp": a word that is also a title names a person only before a full
      // name or a known given name.
      const rest = end - (k + 1);
      const given =
        MALE_GIVEN_NAMES.has(tokens[k + 1]?.norm ?? '') || FEMALE_GIVEN_NAMES.has(tokens[k + 1]?.norm ?? '');
      if (AMBIGUOUS_TITLES.has(tokens[k]?.norm ?? '') && rest < 2 && !given) break;
      start = k + 1;
      break;
    }
  }
  const lead = tokens[start]?.norm;
  if (start > a && (lead === 'of' || lead === 'for' || lead === 'on')) {
    for (let k = start + 1; k < end; k++) {
      const n = tokens[k]?.norm ?? '';
      if (MALE_GIVEN_NAMES.has(n) || FEMALE_GIVEN_NAMES.has(n)) return k;
    }
    return a; // an organisation or office: "Secretary of State"
  }
  return start;
}

const isTitle = (t: Token | undefined): boolean =>
  isWord(t) && (t.abbr === 'title' || TITLE_WORDS.has(t.norm) || HONORIFICS.has(t.norm.replace(/\.$/, '')));

export const isRoleNoun = (norm: string): boolean =>
  isRoleNounSingular(norm) || isRoleNounSingular(singular(norm));
const isRoleNounSingular = (norm: string): boolean =>
  PERSON_NOUNS.has(norm) || GROUP_NOUNS.has(norm) || ORG_NOUNS.has(norm) || TITLE_WORDS.has(norm);

export function singular(norm: string): string {
  if (norm.endsWith('men')) return `${norm.slice(0, -3)}man`;
  if (norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  if (norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}

const isPlural = (norm: string): boolean =>
  GROUP_NOUNS.has(norm) || (norm.endsWith('s') && !norm.endsWith('ss') && isRoleNounSingular(singular(norm)));

/** A lower-case word that can modify a noun: not a function word, verb satellite or cue verb. */
export function isModifier(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const n = t.norm;
  if (PREPOSITIONS.has(n) || CONJUNCTIONS.has(n) || VERB_SATELLITES.has(n) || CLAUSE_OPENERS.has(n))
    return false;
  if (DETERMINERS.has(n) || isBareCue(n) || SUBJECT_PRONOUNS.has(n)) return false;
  if (WEEKDAYS_MONTHS.has(n)) return false;
  return true;
}

/**
 * The noun phrase that ends at token `i` and starts no earlier than `floor`: a pronoun, a name with its
 * titles and pre-modifiers ("longtime Democratic pollster Pat Caddell"), or a descriptor ("the diplomat").
 */
export function phraseEndingAt(tokens: readonly Token[], i: number, floor: number): NounPhrase | null {
  const t = tokens[i];
  if (!isWord(t) || i < floor) return null;
  if (SUBJECT_PRONOUNS.has(t.norm)) {
    return {
      first: i,
      last: i + 1,
      head: i,
      kind: 'pronoun',
      name: null,
      roles: [],
      plural: t.norm === 'they' || t.norm === 'we',
    };
  }
  // "Police said", "Officials warned": a role noun capitalised only because it opens the sentence.
  const opensSentence = !isWord(tokens[i - 1]) || i === floor;
  if (t.cap && opensSentence && isRoleNoun(t.norm) && !isNameWord(tokens, i + 1))
    return descriptorEndingAt(tokens, i, floor);
  if (isNameWord(tokens, i)) return nameEndingAt(tokens, i, floor);
  if (t.cap && !NON_NAME_CAPITALS.has(t.norm)) return null;
  return descriptorEndingAt(tokens, i, floor);
}

function nameEndingAt(tokens: readonly Token[], i: number, floor: number): NounPhrase | null {
  let a = i;
  while (a - 1 >= floor) {
    const u = tokens[a - 1];
    if (!isWord(u)) break;
    if (isNameWord(tokens, a - 1) || u.abbr === 'initial' || isNameTitle(u)) {
      // A possessive ends the name it belongs to: "Russia’s special envoy Zamir Kabulov" is two phrases.
      if (u.norm.endsWith("'s") && a - 1 !== i) break;
      a--;
    } else if (NAME_PARTICLES.has(u.norm) && isNameWord(tokens, a - 2)) {
      a--;
    } else if (
      (u.norm === 'of' || u.norm === 'on' || u.norm === 'for') &&
      isNameWord(tokens, a - 2) &&
      !tokens[a - 2]?.norm.endsWith("'s")
    ) {
      // Organisation names: "University of Saskatchewan", "Commission on Presidential Debates".
      a--;
    } else break;
  }
  // Titles become roles; the name is what follows them.
  const nameStart = personalNameStart(tokens, a, i + 1);
  const roles: Array<readonly [number, number]> = [];
  if (nameStart > a) roles.push([a, nameStart]);
  // Lower-case roles and modifiers before the name: "longtime Democratic pollster", "the".
  let first = a;
  const pre = preModifiers(tokens, a, floor);
  if (pre) {
    first = pre.first;
    if (pre.hasRole) roles.unshift([pre.roleStart, a]);
  }
  if (nameStart > i) return null;
  return { first, last: i + 1, head: i, kind: 'name', name: [nameStart, i + 1], roles, plural: false };
}

/** Words before a name or noun that belong to its phrase: determiner, possessive, adjectives, role nouns. */
function preModifiers(
  tokens: readonly Token[],
  a: number,
  floor: number,
): { first: number; roleStart: number; hasRole: boolean } | null {
  let b = a;
  let hasRole = false;
  let roleStart = a;
  while (b - 1 >= floor) {
    const u = tokens[b - 1];
    if (!isWord(u)) break;
    // Linkers inside a capitalised name: "University of the Fraser Valley political scientist".
    let right = b;
    while (LINKERS.has(tokens[right]?.norm ?? '')) right++;
    const inCapitals =
      tokens[right]?.cap === true && (tokens[b - 2]?.cap === true || LINKERS.has(tokens[b - 2]?.norm ?? ''));
    if (LINKERS.has(u.norm) && inCapitals) {
      // "University of the Fraser Valley political scientist": linkers inside a capitalised name.
      b--;
      continue;
    }
    if (DETERMINERS.has(u.norm) && u.norm !== 'that') {
      b--;
      break;
    }
    if (
      u.norm.endsWith("'s") &&
      (u.cap || PERSON_NOUNS.has(u.norm.slice(0, -2)) || ORG_NOUNS.has(u.norm.slice(0, -2)))
    ) {
      b--;
      if (ARTICLES.has(tokens[b - 1]?.norm ?? '') && b - 1 >= floor) b--;
      roleStart = b;
      break;
    }
    const roleWord = (isRoleNoun(u.norm) || AGE.test(u.norm)) && !u.cap;
    // The word touching the name must be a role ("pollster Pat Caddell"), or an unknown noun in a phrase
    // that opens with a determiner or a capital ("Cambridge cartoonist Andre Campbell").
    const touching = b === a;
    if (
      touching &&
      !roleWord &&
      !(u.cap && isTitle(u)) &&
      !(isModifier(u) && opensNounPhrase(tokens, b - 2, floor))
    ) {
      break;
    }
    if (roleWord || touching) hasRole = true;
    if (isModifier(u) || (u.cap && !NON_NAME_CAPITALS.has(u.norm))) {
      if (WEEKDAYS_MONTHS.has(u.norm)) break;
      b--;
      roleStart = b;
      continue;
    }
    break;
  }
  if (b === a) return null;
  const lead = tokens[b];
  if (lead && DETERMINERS.has(lead.norm)) roleStart = b + 1;
  return { first: b, roleStart: Math.min(roleStart, a), hasRole };
}

/** Does a noun phrase open at `k`: a determiner, a possessive, a capitalised modifier or an age? */
function opensNounPhrase(tokens: readonly Token[], k: number, floor: number): boolean {
  const u = tokens[k];
  if (k < floor || !isWord(u)) return false;
  if (DETERMINERS.has(u.norm) && u.norm !== 'that') return true;
  return u.norm.endsWith("'s") || (u.cap && !NON_NAME_CAPITALS.has(u.norm)) || AGE.test(u.norm);
}

function descriptorEndingAt(tokens: readonly Token[], i: number, floor: number): NounPhrase | null {
  const t = tokens[i];
  // A cue word after a determiner is a noun: "the post read", "the report said".
  const nounCue = isWord(t) && NOUN_LIKE_CUES.has(t.norm) && ARTICLES.has(tokens[i - 1]?.norm ?? '');
  if (!isWord(t) || !(isModifier(t) || nounCue)) return null;
  if (t.norm.endsWith('ly') && !LY_NOUNS.has(t.norm)) return null;
  // "the blaze started": an unknown word in -ed or -ing is a verb, not the head of a descriptor.
  if (!isRoleNoun(t.norm) && /(?:ed|ing)$/.test(t.norm)) return null;
  const known = isRoleNoun(t.norm) || (AGE.test(t.norm) && DETERMINERS.has(tokens[i - 1]?.norm ?? ''));
  if (/^\d/.test(t.norm) && !known) return null;
  let b = i;
  let determined = false;
  while (b - 1 >= floor && i - b < 6) {
    const u = tokens[b - 1];
    if (!isWord(u)) break;
    if (DETERMINERS.has(u.norm) && u.norm !== 'that') {
      b--;
      determined = true;
      break;
    }
    if (u.norm.endsWith("'s")) {
      // "the council's housing director": the possessive keeps its own article.
      b--;
      if (ARTICLES.has(tokens[b - 1]?.norm ?? '') && b - 1 >= floor) b--;
      determined = true;
      break;
    }
    if (isModifier(u) && !WEEKDAYS_MONTHS.has(u.norm) && !(u.cap && NON_NAME_CAPITALS.has(u.norm))) {
      b--;
      continue;
    }
    // "A Superior Court of Ontario judge": linkers inside a capitalised modifier.
    if ((u.norm === 'of' || u.norm === 'the') && tokens[b]?.cap && tokens[b - 2]?.cap) {
      b--;
      continue;
    }
    break;
  }
  if (!known && !(determined && i - b <= 3)) return null;
  const plural = isPlural(t.norm);
  const roleStart = determined && DETERMINERS.has(tokens[b]?.norm ?? '') ? b + 1 : b;
  return {
    first: b,
    last: i + 1,
    head: i,
    kind: 'descriptor',
    name: null,
    roles: [[roleStart, i + 1]],
    plural,
  };
}

/** Joins "spokeswoman" + "for Trudeau" into one descriptor whose head stays the role noun. */
function withComplement(head: NounPhrase, object: NounPhrase): NounPhrase {
  const roles = head.roles.length ? [[head.roles[0]?.[0] ?? head.first, object.last] as const] : [];
  return { ...head, last: object.last, roles };
}

export interface Subject extends NounPhrase {
  /** Token range of an apposition naming the role: "Russia’s special envoy to Afghanistan, Zamir Kabulov". */
  readonly apposition: readonly [number, number] | null;
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
      if (
        lead &&
        (CLAUSE_OPENERS.has(lead.norm) || PREPOSITIONS.has(lead.norm) || ORDINAL_OR_AGE.test(lead.norm))
      ) {
        // ", after signing the Doha agreement," or ", 45,": an interjection between subject and verb.
        pos = chunkStart - 1;
        continue;
      }
      const np = phraseEndingAt(tokens, pos - 1, chunkStart);
      const before = tokens[chunkStart - 1]?.text === ',';
      if (np && coversChunk(tokens, np, chunkStart) && !(np.kind === 'descriptor' && before)) {
        return withApposition(tokens, np, floor);
      }
      // "Bill Sims, the city's director of engineering, said": a role set off by commas after a name.
      const named = before && isRoleChunk(tokens, chunkStart, pos);
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
      return { ...name, apposition: app, roles: [...name.roles, app] };
    }
    if (isWord(t) && PREPOSITIONS.has(t.norm)) {
      pos--;
      continue;
    }
    // "an architect who said …", "the department, which reported …": the relative's antecedent speaks.
    if (isWord(t) && (t.norm === 'who' || t.norm === 'which')) {
      const back = tokens[pos - 1]?.text === ',' ? pos - 2 : pos - 1;
      const antecedent = phraseEndingAt(tokens, back, floor);
      return antecedent && antecedent.kind !== 'pronoun' ? { ...antecedent, apposition: null } : null;
    }
    let np = phraseEndingAt(tokens, pos, floor);
    if (!np) return null;
    // "X and Y said": a group of two named speakers.
    const conj = tokens[np.first - 1];
    if (conj?.norm === 'and' && np.kind === 'name') {
      const other = phraseEndingAt(tokens, np.first - 2, floor);
      if (other && other.kind === 'name')
        np = { ...np, first: other.first, name: [other.name?.[0] ?? other.first, np.last], plural: true };
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
          return { ...np, last: app[1], apposition: app, roles: [...np.roles, app] };
        // "says Campbell's partner, Jason Louth": the name after the descriptor is the speaker.
        const named = np.kind === 'descriptor' ? nameAfter(tokens, np.last + 1, ceil) : null;
        if (named) {
          const role = [np.roles[0]?.[0] ?? np.first, np.last] as const;
          return { ...named, first: np.first, apposition: role, roles: [role, ...named.roles] };
        }
      }
      return { ...np, apposition: null };
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
  if (PREPOSITIONS.has(tokens[from]?.norm ?? '') || VERB_SATELLITES.has(tokens[from]?.norm ?? ''))
    return null;
  while (end < ceil && end - from < 10) {
    const u = tokens[end];
    if (!isWord(u) || isBareCue(u.norm) || CLAUSE_OPENERS.has(u.norm) || VERB_SATELLITES.has(u.norm)) break;
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
    if (!t.cap && (VERB_SATELLITES.has(t.norm) || (t.norm.endsWith('ly') && !LY_NOUNS.has(t.norm)))) {
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
    if (t && t.kind === 'punct' && /[.;:!?"“”«»()]/.test(t.text)) break;
    k--;
  }
  return k + 1;
}

/** A chunk that describes a role: "the city's director of engineering", "executive chairwoman of X". */
function isRoleChunk(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 12 || to <= from) return false;
  const lead = tokens[from];
  if (!lead || PREPOSITIONS.has(lead.norm) || CLAUSE_OPENERS.has(lead.norm) || CONJUNCTIONS.has(lead.norm))
    return false;
  let role = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1]?.norm ?? '';
    // "the officer in charge": a cue word after a preposition or article is a noun.
    const noun = NOUN_LIKE_CUES.has(t?.norm ?? '') && (PREPOSITIONS.has(prev) || ARTICLES.has(prev));
    if (!t || t.kind !== 'word' || (isBareCue(t.norm) && !noun) || VERB_SATELLITES.has(t.norm)) return false;
    if (!t.cap && isRoleNoun(t.norm)) role = true;
  }
  // "emergency program co-ordinator", "the largest employer in the region": a noun phrase without verbs.
  return role || (to - from <= 8 && tokens[to - 1]?.cap === false);
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
  if (np.kind !== 'name' || comma?.text !== ',') return { ...np, apposition: null };
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
      return { ...np, first: s, apposition: app, roles: [app, ...np.roles] };
    }
  }
  return { ...np, apposition: null };
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
