// Stage 8: who is speaking. Every capitalised name in the article becomes a candidate entity; names that
// share a surname, an acronym or a full form merge ("Kabulov" → "Zamir Kabulov"). Each attribution's
// subject is then resolved: names by matching, descriptors by role ("the diplomat" → the one introduced as
// "special envoy"), pronouns by agreement and salience ("he" → the last man speaking or named as subject).

import type { Token } from './02-tokenize';
import type { Found } from './07-attribution';
import type { Doc } from './doc';
import {
  appositionRoles,
  isModifier,
  isNameWord,
  isRoleNoun,
  personalNameStart,
  singular,
  type Subject,
} from './06-noun-phrases';
import { ARTICLES, NOUN_LIKE_CUES, isBareCue } from './lexicon/reporting-verbs';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_PARTICLES } from './lexicon/names';
import { roleMatches } from './lexicon/roles';
import {
  DETERMINERS,
  FEMALE_HONORIFICS,
  FEMALE_PRONOUNS,
  GROUP_NOUNS,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_PRONOUNS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSON_NOUNS,
  PREPOSITIONS,
  TITLE_WORDS,
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  VERB_SATELLITES,
} from './lexicon/words';
import type { Mention, SpeakerKind, Span } from './types';

export interface Entity {
  readonly index: number;
  /** Lower-case name words, for matching. */
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
  /** Token indices of all mentions. */
  readonly positions: number[];
  /** How many attributions name this entity directly. */
  spoke: number;
  /** Mentions already recorded, by span. */
  readonly mentionKeys: Set<number>;
}

export interface Resolution {
  readonly entity: number | null;
  readonly mention: Mention | null;
  readonly confidence: number;
}

interface NameMention {
  readonly first: number;
  readonly last: number;
  readonly entity: number;
  readonly subjectLike: boolean;
}

/** Nouns that describe the name before them as a body ("the Taliban militant group"), unlike
 * "Lake Cowichan residents", where the name only says where the residents live. */
const SELF_DESCRIBING = new Set([
  'group',
  'movement',
  'organization',
  'organisation',
  'party',
  'militia',
  'company',
  'firm',
  'agency',
  'network',
  'union',
  'coalition',
  'alliance',
  'charity',
  'foundation',
  'institute',
  'corporation',
]);
/** Documents that speak for whoever wrote them. */
const DOCUMENT_NOUNS = new Set([
  'statement',
  'release',
  'letter',
  'email',
  'e-mail',
  'post',
  'tweet',
  'memo',
  'note',
  'report',
]);
const ACRONYM = /^[\p{Lu}&]{2,7}$/u;
const ORG_LINKERS = new Set(['of', 'and', 'the', 'for', 'on', '&', 'de']);
const SENTENCES_BACK = 6;

export interface Coreference {
  readonly entities: readonly Entity[];
  readonly resolutions: ReadonlyMap<Found, Resolution>;
}

export function resolveSpeakers(doc: Doc, found: readonly Found[], skip: readonly Span[]): Coreference {
  const { tokens } = doc;
  const entities: Entity[] = [];

  // 1. Names everywhere, in order, merged as they come; acronyms joined to the names they abbreviate.
  const runs = nameRuns(doc, skip);
  const named: NameMention[] = [];
  for (const [i, j] of runs) {
    const e = addName(doc, entities, i, j);
    named.push({ first: i, last: j, entity: e, subjectLike: subjectLike(tokens, i, j) });
    noteEvidence(doc, entities[e], i, j);
    const entity = entities[e];
    if (entity) for (const [x, y] of appositionRoles(tokens, i, j)) addRole(entity, roleText(doc, x, y));
  }
  expandAcronyms(doc, entities);
  // Who speaks by name anywhere: a full name that speaks is a person even before its first "he".
  for (const f of found) {
    const s = f.attribution?.subject;
    if (s?.kind !== 'name' || !s.name || s.plural) continue;
    const e = entities[findByName(entities, nameWords(tokens, s.name[0], s.name[1]).words) ?? -1];
    if (e) e.spoke++;
  }
  // 1b. Salience: subject pronouns and definite descriptions between the names, resolved in reading order
  //     ("Justice Dunphy said … Still, he denied …" keeps Dunphy in focus for the next "he wrote").
  const names = withReferences(doc, entities, named);

  // 2. Each attribution's subject.
  // In reading order, so that pronouns see the speakers before them and continuations their first part.
  const resolutions = new Map<Found, Resolution>();
  let lastSpeaker: { entity: number; at: number } | null = null;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const r = resolveOne(doc, entities, names, f, resolutions, lastSpeaker);
    resolutions.set(f, r);
    if (r.entity !== null && f.attribution) lastSpeaker = { entity: r.entity, at: f.attribution.cue.first };
  }
  return { entities, resolutions };
}

/** Mentions in reading order: the names, plus "he"/"she" in subject position and "the mayor"-style roles. */
function withReferences(doc: Doc, entities: Entity[], named: readonly NameMention[]): NameMention[] {
  const { tokens } = doc;
  const out: NameMention[] = [];
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (n < named.length && (named[n]?.first ?? 0) <= i) out.push(named[n++] as NameMention);
    const t = tokens[i];
    if (!t || t.kind !== 'word' || doc.quotedAt[i] !== -1) continue;
    const clauseStart = !isModifier(tokens[i - 1]) && !isNameWord(tokens, i - 1);
    if ((t.norm === 'he' || t.norm === 'she') && clauseStart && tokens[i + 1]?.kind === 'word') {
      const e = resolvePronoun(doc, entities, out, t.norm, i, null);
      if (e !== null) {
        out.push({ first: i, last: i + 1, entity: e, subjectLike: true });
        const ent = entities[e];
        if (ent) ent.positions.push(i);
      }
    } else if (t.norm === 'the') {
      let h = i + 1;
      while (h < i + 3 && isModifier(tokens[h]) && !isRoleNoun(tokens[h]?.norm ?? '')) h++;
      const head = tokens[h];
      if (!head || head.cap || !PERSON_NOUNS.has(head.norm)) continue;
      const e = byRole(entities, head.norm, i);
      if (e !== null) out.push({ first: i, last: h + 1, entity: e, subjectLike: !isModifier(tokens[h + 1]) });
    }
  }
  while (n < named.length) out.push(named[n++] as NameMention);
  return out;
}

/** The named entity most recently mentioned before `at` whose roles fit `head` ("the mayor" → Mayor X). */
function byRole(entities: readonly Entity[], head: string, at: number): number | null {
  let best: number | null = null;
  let bestAt = -1;
  for (const e of entities) {
    const seen = lastBefore(e, at);
    if (e.named && seen > bestAt && e.roles.some((r) => roleMatches(head, r))) {
      best = e.index;
      bestAt = seen;
    }
  }
  return best;
}

/**
 * An acronym ("IRCC") takes the name it abbreviates when the article spells it out, even across commas:
 * "Immigration, Refugees and Citizenship Canada". The spelled-out name becomes the canonical one.
 */
function expandAcronyms(doc: Doc, entities: Entity[]): void {
  for (const e of entities) {
    const word = e.words[0] ?? '';
    if (e.words.length !== 1 || !ACRONYM.test(e.name) || e.name.length < 2) continue;
    const letters = e.name.replace(/&/g, '');
    // Capitalised words joined by spaces, commas, "and", "of", "the", "for", "&".
    const spelled = new RegExp(
      `\\b${[...letters].map((c) => `${c}[\\p{L}'’-]*`).join(`(?:,?\\s+(?:(?:and|of|the|for|on|&)\\s+)*)`)}\\b`,
      'u',
    );
    const m = spelled.exec(doc.text);
    if (!m || m[0].length <= e.name.length + 2) continue;
    const full = entities.find((x) => x !== e && x.named && m[0].endsWith(x.name) && x.words.length > 1);
    e.words = m[0].toLowerCase().split(/[\s,]+/);
    e.name = m[0];
    e.org += 2;
    if (full) {
      // The tail that was read as a name of its own ("Refugees and Citizenship Canada") is the same body.
      full.words = [word];
      full.named = false;
    }
  }
}

/**
 * Capitalised runs that name someone or something: "Zamir Kabulov", "Mr. Hemming", "University of
 * Saskatchewan". A lone capitalised word that opens a sentence ("Simple", "Authorities") counts only when
 * the article also writes it mid-sentence, it is a known given name, or a cue follows it ("Kabulov said").
 */
function nameRuns(doc: Doc, skip: readonly Span[]): Array<readonly [number, number]> {
  const { tokens } = doc;
  const runs: Array<readonly [number, number]> = [];
  const midSentence = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens, i) || isNameWord(tokens, i - 1)) continue;
    const t = tokens[i];
    if (!t || skip.some(([a, b]) => t.start >= a && t.start < b)) continue;
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]?.norm.endsWith("'s")) {
      const n = tokens[j]?.norm ?? '';
      if (isNameWord(tokens, j) || tokens[j]?.abbr === 'initial') j++;
      else if ((NAME_PARTICLES.has(n) || ORG_LINKERS.has(n)) && n !== 'and' && isNameWord(tokens, j + 1)) j++;
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

/** Is token `i` the first word of its sentence (quotation marks and brackets aside)? */
function opensSentence(doc: Doc, i: number): boolean {
  const si = doc.seg.sentenceOf[i] ?? -1;
  const first = doc.seg.sentences[si]?.first ?? i;
  for (let k = first; k < i; k++) if (doc.tokens[k]?.kind === 'word') return false;
  return true;
}

function resolveOne(
  doc: Doc,
  entities: Entity[],
  names: readonly NameMention[],
  f: Found,
  earlier: ReadonlyMap<Found, Resolution>,
  lastSpeaker: { entity: number; at: number } | null,
): Resolution {
  const { tokens } = doc;
  const a = f.attribution;
  if (!a) {
    const from = f.continues ?? f.inherits;
    const prior = from === null ? undefined : earlier.get(from);
    if (prior) {
      const conf = f.continues !== null ? 0.9 : 0.65;
      return {
        entity: prior.entity,
        // The attribution rests on the earlier quotation's mention either way.
        mention: prior.mention,
        confidence: scale(conf, f),
      };
    }
    return { entity: null, mention: null, confidence: 0 };
  }
  const s = a.subject;
  const mention = mentionOf(doc, s);
  const at = a.cue.first;
  let entity: number | null = null;
  let confidence = 0;
  if (s.kind === 'name' && s.name) {
    if (s.plural) {
      entity = unnamedEntity(
        entities,
        doc.text.slice(tokens[s.name[0]]?.start ?? 0, tokens[s.name[1] - 1]?.end ?? 0),
        'group',
        at,
        true,
      );
    } else {
      entity = addName(doc, entities, s.name[0], s.name[1]);
    }
    confidence = 0.95;
  } else if (s.kind === 'pronoun') {
    entity = resolvePronoun(doc, entities, names, tokens[s.head]?.norm ?? '', s.head, lastSpeaker);
    confidence = entity === null ? 0 : 0.8;
  } else {
    const r = resolveDescriptor(doc, entities, names, s, at, lastSpeaker);
    entity = r.entity;
    confidence = r.confidence;
  }
  const e = entity === null ? undefined : entities[entity];
  if (e) {
    // Titles inside a name ("Sen.") were added as roles when the name was read; the rest are added here,
    // except a descriptor that only repeats the name ("the ministry" for the Ministry of Health).
    const repeatsName =
      s.kind === 'descriptor' && e.named && e.words.includes(singular(tokens[s.head]?.norm ?? ''));
    for (const [x, y] of s.roles)
      if (!onlyTitles(tokens, x, y) && !repeatsName) addRole(e, roleText(doc, x, y));
    if (mention) addMention(e, mention, at);
    if (s.kind === 'pronoun') {
      const p = tokens[s.head]?.norm ?? '';
      if (MALE_PRONOUNS.has(p)) e.male++;
      if (FEMALE_PRONOUNS.has(p)) e.female++;
      if (p === 'he' || p === 'she') e.person++;
      // "they" or "it" for a name that is no person: a body speaking.
      if ((p === 'they' || p === 'it') && e.person === 0) e.org++;
    }
    if (s.kind === 'descriptor') {
      const head = tokens[s.head]?.norm ?? '';
      if (PERSON_NOUNS.has(head)) e.person++;
      if (ORG_NOUNS.has(head)) e.org++;
    }
  }
  return { entity, mention, confidence: scale(confidence, f) };
}

const scale = (c: number, f: Found): number => Math.round((f.repaired ? c * 0.85 : c) * 100) / 100;

function mentionOf(doc: Doc, s: Subject): Mention | null {
  const { tokens } = doc;
  const [x, y] = s.kind === 'name' && s.name ? s.name : [s.first, s.last];
  const a = tokens[x];
  const b = tokens[y - 1];
  if (!a || !b) return null;
  // A descriptor's mention keeps its determiner: "the diplomat".
  return { span: [a.start, b.end], text: doc.text.slice(a.start, b.end), kind: s.kind };
}

function addMention(e: Entity, m: Mention, at: number): void {
  const key = m.span[0] * 2 ** 21 + (m.span[1] - m.span[0]);
  if (!e.mentionKeys.has(key)) {
    e.mentionKeys.add(key);
    e.mentions.push(m);
  }
  e.last = Math.max(e.last, at);
  e.positions.push(at);
}

/** The latest mention of `e` before token `at`, or -1. */
function lastBefore(e: Entity, at: number): number {
  let best = -1;
  for (const p of e.positions) if (p < at && p > best) best = p;
  return best;
}

const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  gen: 'General',
  lt: 'Lieutenant',
  col: 'Colonel',
  capt: 'Captain',
  sgt: 'Sergeant',
  cpl: 'Corporal',
  maj: 'Major',
  adm: 'Admiral',
  cmdr: 'Commander',
  insp: 'Inspector',
  supt: 'Superintendent',
  det: 'Detective',
  const: 'Constable',
  prof: 'Professor',
  rev: 'Reverend',
  hon: 'Honourable',
};

/** The title written before a name becomes a role: "Sen." → "Senator"; "Mr." and "Dr." are not roles. */
function addTitleRole(doc: Doc, e: Entity, i: number, from: number): void {
  const { tokens } = doc;
  if (from <= i) return;
  const words: string[] = [];
  for (let k = i; k < from; k++) {
    const t = tokens[k];
    if (!t) continue;
    const key = t.norm.replace(/\.$/, '');
    if (HONORIFICS.has(key) && !TITLE_EXPANSIONS[key]) continue;
    words.push(TITLE_EXPANSIONS[key] ?? t.text);
  }
  if (words.length) addRole(e, words.join(' '));
}

function onlyTitles(tokens: readonly Token[], x: number, y: number): boolean {
  for (let k = x; k < y; k++) {
    const t = tokens[k];
    if (!isTitleToken(t) || !(t?.cap || t?.abbr === 'title')) return false;
  }
  return true;
}

/** Words that never stand in a role: verbs, auxiliaries, prepositions at its start. */
function plausibleRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  const first = words[0] ?? '';
  if (PREPOSITIONS.has(first) || CLAUSE_OPENERS.has(first)) return false;
  // A cue word after a preposition or article is a noun: "fire officer in charge".
  return !words.some(
    (w, i) =>
      VERB_SATELLITES.has(w) ||
      (isBareCue(w) &&
        !isRoleNoun(w) &&
        !(
          NOUN_LIKE_CUES.has(w) &&
          (PREPOSITIONS.has(words[i - 1] ?? '') || ARTICLES.has(words[i - 1] ?? ''))
        )),
  );
}

function addRole(e: Entity, role: string): void {
  if (!plausibleRole(role)) return;
  const r = role
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,\s]+$/, '');
  if (r.length < 2 || r.toLowerCase() === e.name.toLowerCase()) return;
  if (!e.roles.some((x) => x.toLowerCase() === r.toLowerCase())) e.roles.push(r);
}

function roleText(doc: Doc, x: number, y: number): string {
  const a = doc.tokens[x];
  const b = doc.tokens[y - 1];
  return a && b ? doc.text.slice(a.start, b.end).replace(/\s+/g, ' ') : '';
}

/** Name words of tokens [i, j): titles dropped, possessive stripped. */
function nameWords(tokens: readonly Token[], i: number, j: number): { words: string[]; from: number } {
  const from = personalNameStart(tokens, i, j);
  const words: string[] = [];
  for (let k = from; k < j; k++) {
    const t = tokens[k];
    if (t) words.push(t.norm.replace(/'s$/, '').replace(/\.$/, ''));
  }
  return { words, from };
}

const isTitleToken = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.abbr === 'title' || HONORIFICS.has(t.norm.replace(/\.$/, '')) || TITLE_WORDS.has(t.norm));

/** Finds or creates the entity for the name in tokens [i, j). */
function addName(doc: Doc, entities: Entity[], i: number, j: number): number {
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
        e.words = words;
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

function findByName(entities: readonly Entity[], words: readonly string[]): number | null {
  const key = words.join(' ');
  let best: Entity | null = null;
  for (const e of entities) {
    if (!e.named) continue;
    const other = e.words.join(' ');
    let hit = other === key;
    if (!hit && words.length === 1) {
      const w = words[0] ?? '';
      // "Kabulov" ~ "Zamir Kabulov"; "Alfonso" ~ "Alfonso Espinos"; "IRCC" ~ "Immigration, Refugees and …".
      hit =
        (e.words.length > 1 && (e.words.at(-1) === w || (e.words[0] === w && e.person > 0))) ||
        acronymOf(e.words) === w;
    }
    if (!hit && e.words.length === 1 && words.length > 1)
      hit = words.at(-1) === e.words[0] && words.length <= 4;
    if (hit && (!best || e.last > best.last)) best = e;
  }
  return best ? best.index : null;
}

function acronymOf(words: readonly string[]): string {
  if (words.length < 2) return '';
  return words
    .filter((w) => !ORG_LINKERS.has(w))
    .map((w) => w[0] ?? '')
    .join('');
}

function noteEvidence(doc: Doc, e: Entity | undefined, i: number, j: number): void {
  if (!e) return;
  const { tokens } = doc;
  const first = tokens[i];
  const lastTok = tokens[j - 1];
  if (!first || !lastTok) return;
  const firstName = nameWords(tokens, i, j).words[0] ?? '';
  const title = first.norm.replace(/\.$/, '');
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
  const last = lastTok.norm.replace(/'s$/, '').replace(/\.$/, '');
  if (ORG_SUFFIXES.has(last)) e.org += 2;
  // "Ministry of Health", "Federation of Hospital Nurses": an organisation word heading an "of" name.
  const head = tokens[personalNameStart(tokens, i, j)];
  if (head && ORG_SUFFIXES.has(head.norm) && tokens.slice(i, j).some((t) => t.norm === 'of')) e.org += 2;
  if (ACRONYM.test(lastTok.text) && j - i === 1) e.org++;
  const before = tokens[i - 1];
  const after = tokens[j];
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
function subjectLike(tokens: readonly Token[], i: number, j: number): boolean {
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

/** Index of the last mention that starts before token `at` (mentions are in reading order), or -1. */
function lastNameBefore(names: readonly NameMention[], at: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((names[mid]?.first ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const brandLike = (e: Entity): boolean => e.spoke > 0 || /\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(e.name);

function resolvePronoun(
  doc: Doc,
  entities: readonly Entity[],
  names: readonly NameMention[],
  pronoun: string,
  at: number,
  lastSpeaker: { entity: number; at: number } | null,
): number | null {
  const { seg } = doc;
  const here = seg.sentenceOf[at] ?? 0;
  // Besides pronouns, 'person' and 'org' ask for the most salient person or organisation.
  const wantPerson = pronoun === 'he' || pronoun === 'she' || pronoun === 'person';
  const wantPlural = pronoun === 'they' || pronoun === 'we';
  if (pronoun === 'i' || pronoun === 'you') return null;
  // Score and latest position per entity; ties go to the entity mentioned last.
  const scores = new Map<number, { score: number; at: number }>();
  const consider = (entity: number, tokenAt: number, bonus: number) => {
    const e = entities[entity];
    if (!e) return;
    const kind = kindOf(e);
    // "he" and "she" need someone known to be a person, or a name that has spoken before.
    if (wantPerson && kind !== 'person' && !(kind === 'unknown' && e.spoke > 0 && e.org === 0)) return;
    if (pronoun === 'he' && e.female > e.male) return;
    if (pronoun === 'she' && e.male > e.female) return;
    if (wantPlural && kind === 'person') return;
    // "it" and "the agency" want a body; a name of unknown kind that speaks or is written like a brand
    // ("TransLink", "IRCC") may be one.
    const wantOrg = pronoun === 'it' || pronoun === 'org';
    if (wantOrg && kind !== 'organisation' && !(kind === 'unknown' && e.named && brandLike(e))) return;
    const d = here - (seg.sentenceOf[tokenAt] ?? 0);
    if (d < 0 || d > SENTENCES_BACK) return;
    const insideQuote = doc.quotedAt[tokenAt] !== -1 && doc.quotedAt[tokenAt] !== doc.quotedAt[at];
    const unsure = wantOrg && kind === 'unknown' ? -0.5 : 0;
    const score = -d + bonus + unsure + (insideQuote ? -1.5 : 0) + (e.named ? 0.5 : 0);
    const prev = scores.get(entity);
    if (!prev || score > prev.score || (score === prev.score && tokenAt > prev.at))
      scores.set(entity, { score, at: tokenAt });
  };
  // Only the mentions of the last few sentences count: walk back from the pronoun, not from the start.
  for (let k = lastNameBefore(names, at); k >= 0; k--) {
    const n = names[k];
    if (!n) break;
    if (here - (seg.sentenceOf[n.first] ?? 0) > SENTENCES_BACK) break;
    const e = entities[n.entity];
    const genderBonus =
      e && ((pronoun === 'he' && e.male > 0) || (pronoun === 'she' && e.female > 0)) ? 0.5 : 0;
    // A possessive ("Trudeau’s watch") rarely is what a later "he" refers to.
    const possessive = doc.tokens[n.last - 1]?.norm.endsWith("'s") ? -0.75 : 0;
    consider(n.entity, n.first, (n.subjectLike ? 0.5 : 0) + genderBonus + possessive);
  }
  if (lastSpeaker && lastSpeaker.at < at) consider(lastSpeaker.entity, lastSpeaker.at, 1.5);
  let best: number | null = null;
  let top = { score: -Infinity, at: -1 };
  for (const [entity, s] of scores) {
    if (s.score > top.score || (s.score === top.score && s.at > top.at)) {
      best = entity;
      top = s;
    }
  }
  return best;
}

function resolveDescriptor(
  doc: Doc,
  entities: Entity[],
  names: readonly NameMention[],
  s: Subject,
  at: number,
  lastSpeaker: { entity: number; at: number } | null,
): { entity: number; confidence: number } {
  const { tokens } = doc;
  const headTok = tokens[s.head];
  const head = singular(headTok?.norm ?? '');
  const lead = tokens[s.first]?.norm ?? '';
  const definite = lead === 'the' || lead === 'this' || lead === 'that' || !DETERMINERS.has(lead);
  const text = doc.text.slice(tokens[s.first]?.start ?? 0, tokens[s.last - 1]?.end ?? 0).replace(/\s+/g, ' ');
  if (definite && !s.plural && isRoleNoun(head)) {
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of entities) {
      const seen = lastBefore(e, at);
      if (!e.named || seen < 0) continue;
      const kind = kindOf(e);
      const byRole = e.roles.some((r) => roleMatches(head, r));
      const byName = ORG_NOUNS.has(head) && kind !== 'person' && e.words.includes(head);
      if ((byRole || byName) && seen > bestAt) {
        best = e;
        bestAt = seen;
      }
    }
    if (best) return { entity: best.index, confidence: 0.85 };
  }
  // "A statement e-mailed to The Globe by Reagan Ruslim said": a document speaks for its author.
  if (DOCUMENT_NOUNS.has(head)) {
    const author = authorOf(doc, entities, s, at);
    if (author !== null) return { entity: author, confidence: 0.75 };
  }
  // "the laid-back Cambridge resident", "the utility": a definite description of someone just named.
  if ((lead === 'the' || lead === 'this') && !s.plural && !GROUP_NOUNS.has(headTok?.norm ?? '')) {
    const wanted = ORG_NOUNS.has(head) ? 'org' : 'person';
    const salient = resolvePronoun(doc, entities, names, wanted, s.first, lastSpeaker);
    if (salient !== null) return { entity: salient, confidence: 0.6 };
  }
  const plural = s.plural || GROUP_NOUNS.has(headTok?.norm ?? '');
  const kind = plural ? 'group' : ORG_NOUNS.has(head) ? 'organisation' : 'person';
  const name = text.replace(/^(?:the|a|an)\s+/i, '');
  return { entity: unnamedEntity(entities, name, kind, at, definite), confidence: definite ? 0.75 : 0.7 };
}

/** The name after "by" or "from" between a document noun and its cue: "a release from UFCW Local 832". */
function authorOf(doc: Doc, entities: Entity[], s: Subject, at: number): number | null {
  const { tokens } = doc;
  for (let k = s.last; k < at - 1 && k < s.last + 10; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return null;
    if ((t.norm === 'by' || t.norm === 'from') && isNameWord(tokens, k + 1)) {
      let j = k + 1;
      while (j < at && isNameWord(tokens, j)) j++;
      return addName(doc, entities, k + 1, j);
    }
  }
  return null;
}

function unnamedEntity(
  entities: Entity[],
  name: string,
  kind: SpeakerKind,
  at: number,
  reuse: boolean,
): number {
  const key = name.toLowerCase();
  if (reuse) {
    const same = entities.find((e) => !e.named && e.name.toLowerCase() === key);
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
