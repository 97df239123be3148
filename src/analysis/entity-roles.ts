// Roles an entity holds, read from titles ("Sen." → "Senator"), appositions and descriptors ("the
// diplomat"), and kept only when they read as a role: no verb, no leading preposition.

import type { Token } from './02-tokenize';
import type { Entity } from './08a-entities';
import { isRoleNoun } from './06-noun-phrases';
import type { Doc } from './doc';
import { ARTICLES, NOUN_LIKE_CUES, isBareCue } from './lexicon/reporting-verbs';
import {
  CLAUSE_OPENERS,
  HONORIFICS,
  PREPOSITIONS,
  TITLE_EXPANSIONS,
  TITLE_WORDS,
  VERB_SATELLITES,
} from './lexicon/words';

export const isTitleToken = (t: Token | undefined): boolean =>
  t !== undefined && (t.abbr === 'title' || HONORIFICS.has(t.norm) || TITLE_WORDS.has(t.norm));

/** The title written before a name becomes a role: "Sen." → "Senator"; "Mr." and "Dr." are not roles. */
export function addTitleRole(doc: Doc, e: Entity, i: number, from: number): void {
  const { tokens } = doc;
  if (from <= i) return;
  const words: string[] = [];
  for (let k = i; k < from; k++) {
    const t = tokens[k];
    if (!t) continue;
    const key = t.norm;
    if (HONORIFICS.has(key) && !TITLE_EXPANSIONS[key]) continue;
    words.push(TITLE_EXPANSIONS[key] ?? t.text);
  }
  if (words.length) addRole(e, words.join(' '));
}

export function onlyTitles(tokens: readonly Token[], x: number, y: number): boolean {
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

/**
 * How many roles have been added to any entity, ever: a version number. A descriptor is checked against
 * the roles of every entity (08b), and a long article asks thousands of times; an answer worked out once
 * stays right until this number moves or an entity is added.
 */
let rolesAdded = 0;
export const roleVersion = (): number => rolesAdded;

export function addRole(e: Entity, role: string): void {
  if (!plausibleRole(role)) return;
  const r = role
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,\s]+$/, '');
  if (r.length < 2 || r.toLowerCase() === e.name.toLowerCase()) return;
  if (!e.roles.some((x) => x.toLowerCase() === r.toLowerCase())) {
    e.roles.push(r);
    rolesAdded++;
  }
}

export function roleText(doc: Doc, x: number, y: number): string {
  const a = doc.tokens[x];
  const b = doc.tokens[y - 1];
  return a && b ? doc.text.slice(a.start, b.end).replace(/\s+/g, ' ') : '';
}
