// The entities' names, looked up (stage 8a, 08a-entities.ts): which entity a name written in the article
// stands for ("Kabulov" → "Zamir Kabulov", "IRS" → "Internal Revenue Service"), through an index kept in
// step with the entities as they are added and renamed.

import type { Entity } from './08a-entities';

/** Words that join an organisation's name and are no initials of its acronym: "University of Saskatchewan". */
export const ORG_LINKERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', '&', 'de']);

export function findByName(entities: readonly Entity[], words: readonly string[]): number | null {
  const key = words.join(' ');
  let best: Entity | null = null;
  // The test, on the few entities that can pass it (nameIndex) rather than on all of them. Indexed loops:
  // a for-of allocates an iterator result per step until the engine has optimised it.
  for (const list of candidateLists(entities, words, key)) {
    for (let c = 0; c < (list?.length ?? 0); c++) {
      const e = list?.[c];
      if (!e?.named || !matchesName(e, words, key)) continue;
      // Ties go to the entity first in the list, as a walk over the whole list would give.
      if (!best || e.last > best.last || (e.last === best.last && e.index < best.index)) best = e;
    }
  }
  return best ? best.index : null;
}

function matchesName(e: Entity, words: readonly string[], key: string): boolean {
  if (joined(e.words) === key) return true;
  if (words.length === 1) {
    const w = words[0] ?? '';
    // "Kabulov" ~ "Zamir Kabulov"; "Alfonso" ~ "Alfonso Espinos"; "IRCC" ~ "Immigration, Refugees and …".
    if (
      (e.words.length > 1 && (e.words.at(-1) === w || (e.words[0] === w && e.person > 0))) ||
      acronymOf(e.words) === w
    )
      return true;
  }
  return e.words.length === 1 && words.length > 1 && words.at(-1) === e.words[0] && words.length <= 4;
}

/**
 * Entities by the keys findByName matches on: the whole name, a surname or given name of a longer name,
 * an acronym, a one-word name. Every name in a long article is looked up among all the entities before
 * it, so a walk over them all is quadratic. The index follows the list as it grows; entities whose words
 * change are indexed again under their new words (indexName), and entries left under old words only cost
 * a failed test.
 */
interface NameIndex {
  indexed: number;
  /**
   * One map per kind of key rather than one map of prefixed keys ("=zamir kabulov", ">kabulov"): every
   * lookup would otherwise build its key strings, and a long article looks up every name it holds.
   */
  readonly whole: Map<string, Entity[]>;
  readonly acronym: Map<string, Entity[]>;
  /** First and last word of a name of two words or more. */
  readonly first: Map<string, Entity[]>;
  readonly last: Map<string, Entity[]>;
  /** The word of a one-word name. */
  readonly single: Map<string, Entity[]>;
}

const nameIndexes = new WeakMap<readonly Entity[], NameIndex>();

function nameIndex(entities: readonly Entity[]): NameIndex {
  let index = nameIndexes.get(entities);
  if (!index) {
    index = {
      indexed: 0,
      whole: new Map(),
      acronym: new Map(),
      first: new Map(),
      last: new Map(),
      single: new Map(),
    };
    nameIndexes.set(entities, index);
  }
  for (; index.indexed < entities.length; index.indexed++) {
    const e = entities[index.indexed];
    if (e) indexName(index, e);
  }
  return index;
}

function indexName(index: NameIndex, e: Entity): void {
  const { words } = e;
  addToIndex(index.whole, words.join(' '), e);
  addToIndex(index.acronym, acronymOf(words), e);
  if (words.length > 1) {
    addToIndex(index.first, words[0] ?? '', e);
    addToIndex(index.last, words.at(-1) ?? '', e);
  }
  if (words.length === 1) addToIndex(index.single, words[0] ?? '', e);
}

function addToIndex(map: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (list.at(-1) !== e) list.push(e);
}

/** Gives `e` new words, keeping the name index in step. */
export function setWords(entities: readonly Entity[], e: Entity, words: string[]): void {
  e.words = words;
  const index = nameIndexes.get(entities);
  if (index && e.index < index.indexed) indexName(index, e);
}

/** The index's lists that can hold a match for `words`; the order does not matter to findByName. */
function candidateLists(
  entities: readonly Entity[],
  words: readonly string[],
  key: string,
): Array<Entity[] | undefined> {
  const index = nameIndex(entities);
  const lists = [index.whole.get(key)];
  if (words.length === 1) {
    const w = words[0] ?? '';
    lists.push(index.last.get(w), index.first.get(w), index.acronym.get(w));
  }
  if (words.length > 1) lists.push(index.single.get(words.at(-1) ?? ''));
  return lists;
}

/**
 * `words.join(' ')`, made once per words array: a popular name is compared with every lookup of its
 * surname. Words arrays are replaced (setWords), never changed in place, so the join stays right.
 */
function joined(words: readonly string[]): string {
  let key = joinedWords.get(words);
  if (key === undefined) {
    key = words.join(' ');
    joinedWords.set(words, key);
  }
  return key;
}

const joinedWords = new WeakMap<readonly string[], string>();

function acronymOf(words: readonly string[]): string {
  if (words.length < 2) return '';
  return words
    .filter((w) => !ORG_LINKERS.has(w))
    .map((w) => w[0] ?? '')
    .join('');
}
