// Stage 8b: each attribution's subject resolved to an entity: names by matching, descriptors by role ("the
// diplomat" → the one introduced as "special envoy"), pronouns by agreement and salience ("he" → the last
// man speaking or named as subject).

import type { Subject } from './06a-subjects';
import { AGE, isModifier, isNameWord, isRoleNoun, singular } from './06-noun-phrases';
import {
  addMention,
  addName,
  kindOf,
  lastBefore,
  unnamedEntity,
  type Entity,
  type NameMention,
} from './08a-entities';
import type { Doc } from './doc';
import { addRole, onlyTitles, roleText, roleVersion } from './entity-roles';
import { roleMatches } from './lexicon/roles';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  FEMALE_PRONOUNS,
  GROUP_NOUNS,
  OFFICES,
  MALE_PRONOUNS,
  ORG_NOUNS,
  PERSON_NOUNS,
} from './lexicon/words';
import type { Found } from './quotation';
import type { Mention } from './types';

const SENTENCES_BACK = 6;
// A possessive ending: "the contractor’s" names the contractor.
const POSSESSIVE_END = /[’']s$/;

export interface Resolution {
  readonly entity: number | null;
  readonly mention: Mention | null;
  readonly confidence: number;
}

/** Mentions in reading order: the names, plus "he"/"she" in subject position and "the mayor"-style roles. */
export function withReferences(doc: Doc, entities: Entity[], named: readonly NameMention[]): NameMention[] {
  const { tokens } = doc;
  const out: NameMention[] = [];
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (n < named.length && (named[n]?.first ?? 0) <= i) out.push(named[n++] as NameMention);
    const t = tokens[i];
    if (!t || t.kind !== 'word' || doc.quotedAt[i] !== -1) continue;
    if ((t.norm === 'he' || t.norm === 'she') && clauseStart(tokens, i) && tokens[i + 1]?.kind === 'word') {
      const e = resolvePronoun(doc, entities, out, t.norm, i, null);
      const ent = entities[e ?? -1];
      if (e !== null && ent) {
        out.push({ first: i, last: i + 1, entity: e, subjectLike: true });
        // Every reference is one of the speaker's mentions, so a reader can see them all; and it tells
        // the gender later pronouns must agree with.
        addMention(ent, { span: [t.start, t.end], text: t.text, kind: 'pronoun' }, i);
        if (t.norm === 'he') ent.male++;
        else ent.female++;
      }
    } else if (t.norm === 'they' && clauseStart(tokens, i) && tokens[i + 1]?.kind === 'word') {
      // "they" for a body named before it ("… the Taliban, and they answered …").
      const e = resolvePronoun(doc, entities, out, 'they', i, null);
      const ent = entities[e ?? -1];
      if (e !== null && ent && kindOf(ent) !== 'unknown') {
        out.push({ first: i, last: i + 1, entity: e, subjectLike: true });
        addMention(ent, { span: [t.start, t.end], text: t.text, kind: 'pronoun' }, i);
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

/** Does a clause start at token `i`? Asked only once the word is a pronoun: it costs more than the word tests. */
function clauseStart(tokens: Doc['tokens'], i: number): boolean {
  return !isModifier(tokens[i - 1]) && !isNameWord(tokens, i - 1);
}

/** The named entity most recently mentioned before `at` whose roles fit `head` ("the mayor" → Mayor X). */
function byRole(entities: readonly Entity[], head: string, at: number): number | null {
  let best: number | null = null;
  let bestAt = -1;
  const fitting = coveredNamed(entities, head);
  for (let k = 0; k < fitting.length; k++) {
    const e = fitting[k] as Entity;
    const seen = lastBefore(e, at);
    if (seen > bestAt) {
      best = e.index;
      bestAt = seen;
    }
  }
  return best;
}

/**
 * The named entities with a role that fits `head`, in the array's order:
 * `entities.filter((e) => e.named && e.roles.some((r) => roleMatches(head, r)))`. A long article has
 * thousands of descriptors and of entities. Each role is tried once per head: roles are only ever added,
 * so a hit stays a hit and only the roles added since the last look need trying. And the list is walked
 * again only when a role was added somewhere (roleVersion); otherwise only entities added since are
 * checked. Exact because `named` no longer changes once descriptors are resolved (8a is done).
 */
function coveredNamed(entities: readonly Entity[], head: string): readonly Entity[] {
  let byHead = roleCoverCache.get(entities);
  if (!byHead) {
    byHead = new Map();
    roleCoverCache.set(entities, byHead);
  }
  let state = byHead.get(head);
  if (!state) {
    state = { version: -1, length: 0, fitting: [], tried: [], hit: [] };
    byHead.set(head, state);
  }
  const version = roleVersion();
  const from = state.version === version ? state.length : 0;
  if (from === 0) state.fitting = [];
  const { tried, hit } = state;
  for (let i = from; i < entities.length; i++) {
    const e = entities[i];
    if (!e?.named) continue;
    // `index` is the entity's place in the array, which the caches are indexed by.
    if (!hit[i]) {
      const { roles } = e;
      for (let k = tried[i] ?? 0; k < roles.length && !hit[i]; k++)
        hit[i] = roleMatches(head, roles[k] ?? '');
      tried[i] = roles.length;
    }
    if (hit[i]) state.fitting.push(e);
  }
  state.version = version;
  state.length = entities.length;
  return state.fitting;
}

interface RoleCoverState {
  /** roleVersion() and the number of entities when `fitting` was last brought up to date. */
  version: number;
  length: number;
  fitting: Entity[];
  /** By entity index: how many of its roles were tried, and whether one fits. */
  readonly tried: number[];
  readonly hit: boolean[];
}

const roleCoverCache = new WeakMap<readonly Entity[], Map<string, RoleCoverState>>();

export function resolveOne(
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
      // "the 24-year-old": an age is a person's.
      if (PERSON_NOUNS.has(head) || AGE.test(head)) e.person++;
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
    // "Minister defends rail cuts" above the story: its "he" is someone the story names.
    if (n.first < doc.bodyFirst && at >= doc.bodyFirst) break;
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
  // A possessor holds a claim ("the contractor's assurance that …"): the holder is the contractor.
  const head = singular((headTok?.norm ?? '').replace(POSSESSIVE_END, ''));
  const lead = tokens[s.first]?.norm ?? '';
  const definite = lead === 'the' || lead === 'this' || lead === 'that' || !DETERMINERS.has(lead);
  const text = doc.text
    .slice(tokens[s.first]?.start ?? 0, tokens[s.last - 1]?.end ?? 0)
    .replace(/\s+/g, ' ')
    .replace(POSSESSIVE_END, '');
  if (definite && !s.plural && isRoleNoun(head)) {
    let best: Entity | null = null;
    let bestAt = -1;
    const orgHead = ORG_NOUNS.has(head);
    // A body may also fit by its name ("the ministry" for the Ministry of Health), which changes as the
    // evidence of kind does: those heads walk every entity; the others only those whose roles fit.
    const candidates = orgHead ? entities : coveredNamed(entities, head);
    const fitting = orgHead ? coveredNamed(entities, head) : candidates;
    let f = 0;
    for (let k = 0; k < candidates.length; k++) {
      const e = candidates[k];
      if (!e?.named) continue;
      // Both lists are in the array's order, so one walk along `fitting` tells which entities it holds.
      while (f < fitting.length && (fitting[f]?.index ?? 0) < e.index) f++;
      const byRole = fitting[f] === e;
      const byName = orgHead && e.words.includes(head) && kindOf(e) !== 'person';
      if (!byRole && !byName) continue;
      const seen = lastBefore(e, at);
      if (seen > bestAt) {
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
  // Not for an office ("the mayor" is whoever holds it, not the last person named), nor for a body named
  // as another kind ("the council" is not the High Court).
  // Not for a possessor either: "the contractor's assurance" after a mayor was named is the contractor's.
  if (
    (lead === 'the' || lead === 'this') &&
    !s.plural &&
    !POSSESSIVE_END.test(headTok?.norm ?? '') &&
    !GROUP_NOUNS.has(headTok?.norm ?? '') &&
    !OFFICES.has(head)
  ) {
    const wanted = ORG_NOUNS.has(head) ? 'org' : 'person';
    const salient = resolvePronoun(doc, entities, names, wanted, s.first, lastSpeaker);
    const kindWord = entities[salient ?? -1]?.words.at(-1) ?? '';
    const otherKind = wanted === 'org' && ORG_NOUNS.has(kindWord) && kindWord !== head;
    if (salient !== null && !otherKind) return { entity: salient, confidence: 0.6 };
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
