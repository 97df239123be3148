// Stage 6 (used by attribution): read noun phrases without a tagger. The lexicons tell pronouns,
// determiners, prepositions, role nouns and titles apart; capitals mark names. This file parses one phrase
// ending at a token (a pronoun, a name with its titles, a descriptor); 06a reads outward from a cue with it:
// leftwards for "Kabulov said", rightwards for "said the presidential envoy".

import { isWord, type Token } from './02-tokenize';
import { ARTICLES, NOUN_LIKE_CUES, isBareCue } from './lexicon/reporting-verbs';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_PARTICLES } from './lexicon/names';
import {
  AMBIGUOUS_TITLES,
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  DETERMINERS,
  GROUP_NOUNS,
  HONORIFICS,
  NON_NAME_CAPITALS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSON_NOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
  VERB_SATELLITES,
  WEEKDAYS_MONTHS,
  isLyAdverb,
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

export const AGE = /^\d+-year-old$/;
/** Words that join a body's name: "Office for Product Safety", "Bank of England". */
export const BODY_LINKERS: ReadonlySet<string> = new Set(['of', 'for', 'on']);
const LINKERS: ReadonlySet<string> = new Set([...BODY_LINKERS, 'the']);
/** Inside a capitalised name that modifies a role: "a Department for Transport spokesperson". */
const MODIFIER_LINKERS: ReadonlySet<string> = new Set([...LINKERS, 'and']);

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
  // "There’s", "It's": a contracted sentence opener is no name either.
  // (Tested without a regex: this runs for every capitalised word, several times.)
  if (NON_NAME_CAPITALS.has(t.norm)) return false;
  return !(t.norm.endsWith("'s") && NON_NAME_CAPITALS.has(t.norm.slice(0, -2)));
}

// allow: "forecaster", "meteorologist", "photographer", "auctioneer": endings no given name has, unlike
// "-er" or "-ian" (Spencer, Vivian)
const ROLE_SHAPED = /^\p{Ll}{3,}(?:ist|caster|grapher|eer)$/u;

/** The plural a body's name may end in after "and": "Office for Product Safety and Standards". */
const NAME_PLURALS: ReadonlySet<string> = new Set([
  'standards',
  'services',
  'affairs',
  'sciences',
  'resources',
  'relations',
  'communications',
  'statistics',
]);

/** A known given name: "Tom", "Maria". */
const isGivenName = (norm: string): boolean => MALE_GIVEN_NAMES.has(norm) || FEMALE_GIVEN_NAMES.has(norm);

/**
 * Is the "and" at `and` inside one body's name that starts at `first`, rather than between two names?
 * allow: "U.S. Food and Drug Administration", "National Aeronautics and Space Administration" (plain words,
 * then one word and a body's kind), "Department of Health and Human Services" (after an "of", a plural
 * such names end in); not "Ford and General Motors", "Bank of England and Goldman Sachs", "the Mayor of
 * London and Chris Evans".
 */
export function andInsideName(tokens: readonly Token[], first: number, and: number): boolean {
  let end = and + 1;
  while (isNameWord(tokens, end)) end++;
  if (end === and + 1 || isGivenName(tokens[and + 1]?.norm ?? '')) return false;
  const last = tokens[end - 1]?.norm ?? '';
  if (NAME_PLURALS.has(last)) {
    for (let k = first + 1; k < and; k++) if (BODY_LINKERS.has(tokens[k]?.norm ?? '')) return true;
    return false;
  }
  // One word and then the body's kind after the "and"; before it, words that are no body's name already.
  if (end - and !== 3 || !ORG_NOUNS.has(last)) return false;
  for (let k = first; k < and; k++) {
    const n = tokens[k]?.norm ?? '';
    if (ORG_NOUNS.has(n) || ORG_SUFFIXES.has(n) || BODY_LINKERS.has(n) || isGivenName(n)) return false;
  }
  return true;
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
      const given = isGivenName(tokens[k + 1]?.norm ?? '');
      if (AMBIGUOUS_TITLES.has(tokens[k]?.norm ?? '') && rest < 2 && !given) break;
      start = k + 1;
      break;
    }
  }
  // "Forecaster Tom Ellis", "Meteorologist Ann Lee": a word shaped like a role before a known given name
  // and a surname is a role, whether or not it is in our lists.
  const next = tokens[a + 1]?.norm ?? '';
  if (start === a && end - a >= 3 && ROLE_SHAPED.test(tokens[a]?.norm ?? '') && isGivenName(next))
    return a + 1;
  const lead = tokens[start]?.norm;
  if (start > a && (lead === 'of' || lead === 'for' || lead === 'on')) {
    for (let k = start + 1; k < end; k++) {
      const n = tokens[k]?.norm ?? '';
      if (isGivenName(n)) return k;
    }
    return a; // an organisation or office: "Secretary of State"
  }
  return start;
}

export const isTitle = (t: Token | undefined): boolean =>
  isWord(t) && (t.abbr === 'title' || TITLE_WORDS.has(t.norm) || HONORIFICS.has(t.norm));

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

// allow: "fishermen", "women", "men" (their singular in -man is what makes them roles; "specimen" is none)
const MEN_PLURAL = /men$/;
const isPlural = (norm: string): boolean =>
  GROUP_NOUNS.has(norm) ||
  (((norm.endsWith('s') && !norm.endsWith('ss')) || MEN_PLURAL.test(norm)) &&
    isRoleNounSingular(singular(norm)));

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
  if (isLyAdverb(t.norm)) return null;
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
    // allow: "…, state officials said", "the state prosecutors": a cue word as a noun, right before a role
    // noun and opening its phrase; in "the rules state officials must …" it stays a verb.
    const opener = tokens[b - 2];
    if (
      b === i &&
      known &&
      NOUN_LIKE_CUES.has(u.norm) &&
      (!isWord(opener) || b - 2 < floor || (DETERMINERS.has(opener.norm) && opener.norm !== 'that'))
    ) {
      b--;
      continue;
    }
    // "A Superior Court of Ontario judge", "a Department for Transport spokesperson": linkers inside a
    // capitalised modifier.
    if (MODIFIER_LINKERS.has(u.norm) && tokens[b]?.cap && tokens[b - 2]?.cap) {
      b--;
      continue;
    }
    break;
  }
  // "Fish harvesters in this outport say": a plural noun opening its sentence can speak as a group.
  const opensPlural = /[^s]s$/.test(t.norm) && !determined && !isWord(tokens[b - 1]);
  if (!known && !(determined && i - b <= 3) && !opensPlural) return null;
  const plural = isPlural(t.norm) || opensPlural;
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
export function withComplement(head: NounPhrase, object: NounPhrase): NounPhrase {
  const roles = head.roles.length ? [[head.roles[0]?.[0] ?? head.first, object.last] as const] : [];
  // Every field written, in NounPhrase's order: a spread that then overwrites fields makes V8 turn them
  // from constant to mutable, throwing away optimised code that reads noun phrases (see toSubject).
  return {
    first: head.first,
    last: object.last,
    head: head.head,
    kind: head.kind,
    name: head.name,
    roles,
    plural: head.plural,
  };
}
