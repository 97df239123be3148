// Stage 8a: the entities an article names. Every capitalised name becomes a candidate; names that share a
// surname, an acronym or a full form merge ("Kabulov" → "Zamir Kabulov": the lookup by name is in
// entity-names.ts), and each gathers evidence of its kind (titles, given names, organisation words) and
// the roles written around it (entity-roles.ts).

import type { Token } from './02-tokenize';
import { andInsideName, BODY_LINKERS, isModifier, isNameWord, personalNameStart } from './06-noun-phrases';
import { sentenceFirst, type Doc } from './doc';
import { addRole, addTitleRole, isTitleToken } from './entity-roles';
import { ARTICLES, isBareCue } from './lexicon/reporting-verbs';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_PARTICLES } from './lexicon/names';
import {
  CONJUNCTIONS,
  FEMALE_HONORIFICS,
  MALE_HONORIFICS,
  ORG_SUFFIXES,
  PERSON_NOUNS,
  PREPOSITIONS,
  SELF_DESCRIBING,
} from './lexicon/words';
import { findByName, ORG_LINKERS, setWords } from './entity-names';
import type { Mention, SpeakerKind, Span } from './types';

export interface Entity {
  readonly index: number;
  /** Lower-case name words, for matching. Changed only through setWords, which keeps findByName's index. */
  words: string[];
  name: string;
  named: boolean;
  readonly roles: string[];
  readonly mentions: Mention[];
  /** Evidence for the kind, counted. */
  person: number;
  org: number;
  group: number;
  male: number;
  female: number;
  /** Token index of the latest mention, for recency. */
  last: number;
  /** Token indices of all mentions, in increasing order (addMention keeps it so, for lastBefore). */
  readonly positions: number[];
  /** How many attributions name this entity directly. */
  spoke: number;
  /** Mentions already recorded, by span. */
  readonly mentionKeys: Set<number>;
}

export interface NameMention {
  readonly first: number;
  readonly last: number;
  readonly entity: number;
  readonly subjectLike: boolean;
}

const ACRONYM = /^[\p{Lu}&]{2,7}$/u;

/**
 * An acronym ("IRCC") takes the name it abbreviates when the article spells it out, even across commas:
 * "Immigration, Refugees and Citizenship Canada". The spelled-out name becomes the canonical one.
 */
export function expandAcronyms(doc: Doc, entities: Entity[]): void {
  for (const e of entities) {
    const word = e.words[0] ?? '';
    if (e.words.length !== 1 || !ACRONYM.test(e.name) || e.name.length < 2) continue;
    const m = spelledOut(doc.text, e.name.replace(/&/g, ''));
    if (!m || m[0].length <= e.name.length + 2) continue;
    const full = entities.find((x) => x !== e && x.named && m[0].endsWith(x.name) && x.words.length > 1);
    setWords(entities, e, m[0].toLowerCase().split(/[\s,]+/));
    e.name = m[0];
    e.org += 2;
    if (full) {
      // The tail that was read as a name of its own ("Refugees and Citizenship Canada") is the same body.
      setWords(entities, full, [word]);
      full.named = false;
    }
  }
}

/** An ASCII letter, digit or underscore: what `\b` tells words by, /u or not. */
const REGEX_WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * Where the article first spells out `letters` ("IRS"): capitalised words joined by spaces, commas, "and",
 * "of", "the", "for", "on" and "&" ("Internal Revenue Service"). What one regex from a word boundary
 * finds, tried only where the first letter stands at a word boundary: run over the whole text, the regex
 * took 40 ms of a megabyte for each acronym, seconds for a long report full of them.
 */
export function spelledOut(text: string, letters: string): RegExpExecArray | null {
  const chars = [...letters];
  const first = chars[0];
  if (first === undefined) return null;
  const spelled = new RegExp(
    `${chars.map((c) => `${c}[\\p{L}'’-]*`).join(`(?:,?\\s+(?:(?:and|of|the|for|on|&)\\s+)*)`)}\\b`,
    'uy',
  );
  const firstIsWord = REGEX_WORD_CHAR.test(first);
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    // A boundary: a word character on one side only (the text's start counts as none).
    if ((at > 0 && REGEX_WORD_CHAR.test(text.charAt(at - 1))) === firstIsWord) continue;
    spelled.lastIndex = at;
    const m = spelled.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Capitalised runs that name someone or something: "Zamir Kabulov", "Mr. Hemming", "University of
 * Saskatchewan". A lone capitalised word that opens a sentence ("Simple", "Authorities") counts only when
 * the article also writes it mid-sentence, it is a known given name, or a cue follows it ("Kabulov said").
 */
export function nameRuns(doc: Doc, skip: readonly Span[]): Array<readonly [number, number]> {
  const { tokens } = doc;
  const runs: Array<readonly [number, number]> = [];
  const midSentence = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens, i) || isNameWord(tokens, i - 1)) continue;
    const t = tokens[i];
    if (!t || inSpans(skip, t.start)) continue;
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]?.norm.endsWith("'s")) {
      const n = tokens[j]?.norm ?? '';
      if (isNameWord(tokens, j) || tokens[j]?.abbr === 'initial') j++;
      else if (
        (NAME_PARTICLES.has(n) || ORG_LINKERS.has(n)) &&
        (n !== 'and' || andInsideName(tokens, i, j)) &&
        isNameWord(tokens, j + 1)
      )
        j++;
      else break;
    }
    // A title before the run belongs to it: "Mr. Hemming", "Senator Jane Roe".
    const from =
      isTitleToken(tokens[i - 1]) && (tokens[i - 1]?.cap || tokens[i - 1]?.abbr === 'title') ? i - 1 : i;
    if (!opensSentence(doc, from)) for (let k = i; k < j; k++) midSentence.add(tokens[k]?.norm ?? '');
    runs.push([from, j]);
    i = j - 1;
  }
  return runs.filter(([i, j]) => {
    if (j - i > 1 || !opensSentence(doc, i)) return true;
    const n = tokens[i]?.norm ?? '';
    return (
      midSentence.has(n) ||
      MALE_GIVEN_NAMES.has(n) ||
      FEMALE_GIVEN_NAMES.has(n) ||
      isBareCue(tokens[j]?.norm ?? '')
    );
  });
}

/** Does a span hold `offset`? A loop, not `some` with a closure: it is asked for every capitalised word. */
function inSpans(spans: readonly Span[], offset: number): boolean {
  for (const [a, b] of spans) if (offset >= a && offset < b) return true;
  return false;
}

/** Is token `i` the first word of its sentence (quotation marks and brackets aside)? */
function opensSentence(doc: Doc, i: number): boolean {
  for (let k = sentenceFirst(doc, i); k < i; k++) if (doc.tokens[k]?.kind === 'word') return false;
  return true;
}

export function addMention(e: Entity, m: Mention, at: number): void {
  const key = m.span[0] * 2 ** 21 + (m.span[1] - m.span[0]);
  if (!e.mentionKeys.has(key)) {
    e.mentionKeys.add(key);
    e.mentions.push(m);
  }
  e.last = Math.max(e.last, at);
  // Mentions mostly come in reading order, so this is nearly always a push.
  const { positions } = e;
  positions.splice(firstAtOrAfter(positions, at + 1), 0, at);
}

/** The latest mention of `e` before token `at`, or -1. */
export function lastBefore(e: Entity, at: number): number {
  // A descriptor or "the mayor" is checked against every entity that fits it: a binary search, not a
  // walk over all of a much-mentioned entity's positions.
  return e.positions[firstAtOrAfter(e.positions, at) - 1] ?? -1;
}

/** Index of the first of the sorted `positions` at or after `at`. */
function firstAtOrAfter(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Name words of tokens [i, j): titles dropped, possessive stripped. */
export function nameWords(tokens: readonly Token[], i: number, j: number): { words: string[]; from: number } {
  const from = personalNameStart(tokens, i, j);
  const words: string[] = [];
  for (let k = from; k < j; k++) {
    const t = tokens[k];
    if (t) words.push(withoutPossessive(t.norm));
  }
  return { words, from };
}

/** "kabulov's" → "kabulov"; what `.replace(/'s$/, '')` gives, without running a regex for every name word. */
const withoutPossessive = (norm: string): string => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

/** Finds or creates the entity for the name in tokens [i, j). */
export function addName(doc: Doc, entities: Entity[], i: number, j: number): number {
  const { tokens } = doc;
  const { words, from } = nameWords(tokens, i, j);
  const text = displayName(doc, from, j);
  const match = findByName(entities, words);
  const mention: Mention = {
    span: [tokens[from]?.start ?? 0, tokens[j - 1]?.end ?? 0],
    text: doc.text.slice(tokens[from]?.start ?? 0, tokens[j - 1]?.end ?? 0),
    kind: 'name',
  };
  if (match !== null) {
    const e = entities[match];
    if (e) {
      if (words.length > e.words.length && e.words.length > 0 && words.at(-1) === e.words.at(-1)) {
        setWords(entities, e, words);
        e.name = text;
      }
      addMention(e, mention, i);
      addTitleRole(doc, e, i, from);
    }
    return match;
  }
  const e: Entity = {
    index: entities.length,
    words,
    name: text,
    named: true,
    roles: [],
    mentions: [],
    person: 0,
    org: 0,
    group: 0,
    male: 0,
    female: 0,
    last: i,
    positions: [],
    spoke: 0,
    mentionKeys: new Set(),
  };
  addMention(e, mention, i);
  addTitleRole(doc, e, i, from);
  entities.push(e);
  return e.index;
}

function displayName(doc: Doc, from: number, j: number): string {
  const a = doc.tokens[from];
  const b = doc.tokens[j - 1];
  if (!a || !b) return '';
  return doc.text
    .slice(a.start, b.end)
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ');
}

/** Person nouns a business or a state may also be: "landlord Harbourside", "Nato ally Turkey". */
const BUSINESS_ROLES: ReadonlySet<string> = new Set([
  'partner',
  'owner',
  'operator',
  'developer',
  'investor',
  'landlord',
  'publisher',
  'client',
  'host',
  'ally',
  'customer',
  'contractor',
  'shareholder',
  'backer',
  'donor',
  'user',
]);

export function noteEvidence(doc: Doc, e: Entity | undefined, i: number, j: number): void {
  if (!e) return;
  const { tokens } = doc;
  const first = tokens[i];
  const lastTok = tokens[j - 1];
  if (!first || !lastTok) return;
  const firstName = nameWords(tokens, i, j).words[0] ?? '';
  const title = first.norm;
  if (isTitleToken(first)) e.person++;
  if (MALE_HONORIFICS.has(title)) e.male++;
  if (FEMALE_HONORIFICS.has(title)) e.female++;
  const male = MALE_GIVEN_NAMES.has(firstName);
  const female = FEMALE_GIVEN_NAMES.has(firstName);
  if (male !== female) {
    e.person += 2;
    if (male) e.male++;
    else e.female++;
  }
  const last = withoutPossessive(lastTok.norm);
  if (ORG_SUFFIXES.has(last)) e.org += 2;
  // "Lakeshore Power & Light", "AT&T": an ampersand joins the names of a business.
  if (tokens.slice(i, j).some((t) => t.text === '&' || t.text.includes('&'))) e.org += 2;
  // "Jayden Okoro, 16, …": an age after the name.
  if (tokens[j]?.text === ',' && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ',')
    e.person += 2;
  // "Ministry of Health", "Office for Product Safety": an organisation word heading an "of" or "for" name.
  const head = tokens[personalNameStart(tokens, i, j)];
  if (head && ORG_SUFFIXES.has(head.norm) && tokens.slice(i, j).some((t) => BODY_LINKERS.has(t.norm)))
    e.org += 2;
  if (ACRONYM.test(lastTok.text) && j - i === 1) e.org++;
  const before = tokens[i - 1];
  const after = tokens[j];
  // "backbencher Clive Lewis", "pop star Lena Ray": a person's role written before a full name; not a
  // role a business may hold too ("landlord Harbourside", "operator Avanti").
  if (
    before?.kind === 'word' &&
    !before.cap &&
    PERSON_NOUNS.has(before.norm) &&
    !BUSINESS_ROLES.has(before.norm) &&
    j - i >= 2 &&
    !ORG_SUFFIXES.has(last)
  )
    e.person++;
  // "the Taliban", "the Kremlin": a one-word name with an article is a body, not a person.
  if (before?.norm === 'the' && j - i === 1 && !(after && PERSON_NOUNS.has(after.norm))) e.org++;
  // "the Taliban militant group": a lower-case role right after the name describes it.
  if (after && !after.cap && after.kind === 'word') {
    let k = j;
    while (k < j + 3 && isModifier(tokens[k]) && !tokens[k]?.cap) {
      const n = tokens[k]?.norm ?? '';
      if (SELF_DESCRIBING.has(n)) {
        e.org++;
        addRole(e, doc.text.slice(after.start, tokens[k]?.end ?? after.end));
        break;
      }
      k++;
    }
  }
}

/** A name that could be a clause's subject: not a possessive ("Mr. Hemming’s request"), not after a preposition. */
export function subjectLike(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[j];
  if (tokens[j - 1]?.norm.endsWith("'s")) return false;
  const afterOk = after !== undefined && after.kind === 'word' && !after.cap && !PREPOSITIONS.has(after.norm);
  // At a clause start: after punctuation, a conjunction or nothing, an article aside ("from the Kelvale
  // health board" is not a subject; "The Federation … rejected" is).
  const lead = before && ARTICLES.has(before.norm) ? tokens[i - 2] : before;
  const beforeOk = !lead || lead.kind !== 'word' || CONJUNCTIONS.has(lead.norm) || lead.norm === 'that';
  // "… Alfonso Espinos, who …": a name a relative clause describes is the topic, wherever it stands.
  const described = after?.text === ',' && tokens[j + 1]?.norm === 'who';
  return described || (beforeOk && (afterOk || after?.text === ','));
}

export function kindOf(e: Entity): SpeakerKind {
  if (e.group > 0 && e.group >= e.person && e.group >= e.org) return 'group';
  if (e.org > e.person) return 'organisation';
  if (e.person > 0) return 'person';
  // A full name that speaks and shows no sign of an organisation is taken for a person.
  if (e.named && e.words.length >= 2 && e.org === 0 && e.spoke > 0) return 'person';
  return e.org > 0 ? 'organisation' : 'unknown';
}

export function unnamedEntity(
  entities: Entity[],
  name: string,
  kind: SpeakerKind,
  at: number,
  reuse: boolean,
): number {
  const key = name.toLowerCase();
  if (reuse) {
    const same = unnamedByName(entities, key);
    if (same) return same.index;
  }
  const e: Entity = {
    index: entities.length,
    words: key.split(/\s+/),
    name,
    named: false,
    roles: [],
    mentions: [],
    person: kind === 'person' ? 1 : 0,
    org: kind === 'organisation' ? 1 : 0,
    group: kind === 'group' ? 1 : 0,
    male: 0,
    female: 0,
    last: at,
    positions: [],
    spoke: 0,
    mentionKeys: new Set(),
  };
  entities.push(e);
  return e.index;
}

/**
 * The first entity without a name that is called `key` (lower case), as `entities.find` would give it, from
 * an index of the entities by lower-case name that follows the array as it grows. Exact because a name
 * changes only while entities are named (8a, before any of these lookups), and `named` never turns true.
 */
function unnamedByName(entities: readonly Entity[], key: string): Entity | undefined {
  let index = unnamedIndex.get(entities);
  if (!index) {
    index = { seen: 0, byName: new Map() };
    unnamedIndex.set(entities, index);
  }
  for (; index.seen < entities.length; index.seen++) {
    const e = entities[index.seen];
    if (!e) continue;
    const name = e.name.toLowerCase();
    const list = index.byName.get(name);
    if (list) list.push(e);
    else index.byName.set(name, [e]);
  }
  return index.byName.get(key)?.find((e) => !e.named);
}

const unnamedIndex = new WeakMap<readonly Entity[], { seen: number; byName: Map<string, Entity[]> }>();
