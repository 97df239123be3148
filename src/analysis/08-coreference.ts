// Stage 8: who is speaking. Every capitalised name in the article becomes a candidate entity; names that
// share a surname, an acronym or a full form merge ("Kabulov" → "Zamir Kabulov"). Each attribution's
// subject is then resolved: names by matching, descriptors by role ("the diplomat" → the one introduced as
// "special envoy"), pronouns by agreement and salience ("he" → the last man speaking or named as subject).
//   8a entities:   names, acronyms, evidence of kind, roles
//   8b resolution: pronouns, descriptors, each attribution's subject

import { appositionRoles } from './06a-subjects';
import {
  addName,
  expandAcronyms,
  nameRuns,
  nameWords,
  noteEvidence,
  subjectLike,
  type Entity,
  type NameMention,
} from './08a-entities';
import { resolveOne, withReferences, type Resolution } from './08b-resolution';
import { findByName } from './entity-names';
import { addRole, roleText } from './entity-roles';
import type { Doc } from './doc';
import type { Found } from './quotation';
import type { Span } from './types';

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
