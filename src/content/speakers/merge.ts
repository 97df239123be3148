// Speakers across the corpus: each article's quoted speakers, merged by name into one page each.
//   1. gather   every (article, speaker) with a quotation, with its folded name and key (key.ts)
//   2. group    named speakers by key; an unnamed one ("a spokesman") stays alone, one article's
//   3. surname  a one-word name joins the only full name of the corpus ending with it, when only one does
//   4. pages    the name, aliases, appearances (what was merged), quotations, and who is quoted alongside
//
// Conservative on purpose: a wrong merge puts words in someone's mouth, a missed one only splits a page.
// So "Alvarez" joins "José Álvarez" only when no other full name ends in Alvarez, and each page lists
// what it merged, and what it kept apart, for a reader to judge.

import { SCHEMA_VERSION, type Article, type Quote, type Speaker, type SpeakerKind } from '../schema';

import { foldName, speakerKey, unnamedSpeakerKey } from './key';
import type { Appearance, CoQuoted, SpeakerIndex, SpeakerPage, SpeakerQuote } from './schema';

/** Aliases shown per speaker, at most. */
const MAX_ALIASES = 12;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

interface Occurrence {
  readonly article: Article;
  readonly speaker: Speaker;
  readonly quotes: readonly Quote[];
  readonly key: string;
  readonly words: readonly string[];
  via: Appearance['via'];
}

interface Group {
  key: string;
  readonly occurrences: Occurrence[];
  readonly ambiguous: Set<Group>;
}

export interface MergedSpeakers {
  readonly index: SpeakerIndex;
  /** In the index's order. */
  readonly pages: readonly SpeakerPage[];
}

export function mergeSpeakers(articles: readonly Article[]): MergedSpeakers {
  // 1. gather
  const occurrences = articles.flatMap(gather);

  // 2. group
  const groups = new Map<string, Group>();
  for (const o of occurrences) {
    const group = groups.get(o.key);
    if (group) group.occurrences.push(o);
    else groups.set(o.key, { key: o.key, occurrences: [o], ambiguous: new Set() });
  }

  // 3. surname
  const full = [...groups.values()].filter((g) => isNamed(g) && wordsOf(g).length > 1);
  for (const single of [...groups.values()]) {
    const [word, ...more] = wordsOf(single);
    if (!isNamed(single) || more.length > 0 || word === undefined) continue;
    if (kindOf(single) !== 'person' && kindOf(single) !== 'unknown') continue;
    // The surname first: kindOf counts a group's occurrences, and this runs for every one-word name
    // against every full name of the library.
    const candidates = full.filter((g) => wordsOf(g).at(-1) === word && kindOf(g) === 'person');
    if (candidates.length === 1 && candidates[0]) {
      for (const o of single.occurrences) o.via = 'surname';
      candidates[0].occurrences.push(...single.occurrences);
      groups.delete(single.key);
    } else if (candidates.length > 1) {
      for (const c of candidates) {
        single.ambiguous.add(c);
        c.ambiguous.add(single);
      }
    }
  }

  // 4. pages
  const merged = [...groups.values()];
  const groupOf = new Map<Occurrence, Group>();
  for (const g of merged) for (const o of g.occurrences) groupOf.set(o, g);
  const byArticle = new Map<string, Set<Group>>();
  for (const o of occurrences) {
    const set = byArticle.get(o.article.id) ?? new Set();
    set.add(groupOf.get(o) as Group);
    byArticle.set(o.article.id, set);
  }

  const pages = merged.map((g) => toPage(g, byArticle));
  const entries = pages.map((page, i) => ({ page, group: merged[i] as Group }));
  entries.sort(
    (a, b) =>
      b.page.quotes.length - a.page.quotes.length ||
      (a.page.name < b.page.name ? -1 : a.page.name > b.page.name ? 1 : 0),
  );
  const index: SpeakerIndex = {
    schemaVersion: SCHEMA_VERSION,
    speakers: entries.map(({ page, group }) => ({
      key: page.key,
      name: page.name,
      kind: page.kind,
      count: page.quotes.length,
      articles: unique([...page.appearances].reverse().map((a) => a.articleId)),
      aliases: page.aliases,
      // An unnamed speaker's plain name too: a search hit knows the name, not the article-scoped key.
      variants: unique(
        group.occurrences.flatMap((o) => (o.speaker.named ? [o.key] : [o.key, speakerKey(o.speaker.name)])),
      ),
    })),
  };
  return { index, pages: entries.map((e) => e.page) };
}

function gather(article: Article): Occurrence[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of article.quotes) {
    if (q.speakerId === null) continue;
    bySpeaker.set(q.speakerId, [...(bySpeaker.get(q.speakerId) ?? []), q]);
  }
  return article.speakers.flatMap((speaker) => {
    const quotes = bySpeaker.get(speaker.id);
    if (!quotes) return [];
    quotes.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
    const key = speaker.named ? speakerKey(speaker.name) : unnamedSpeakerKey(speaker.name, article.id);
    const words = foldName(speaker.name).split(' ');
    return [{ article, speaker, quotes, key, words, via: 'name' as const }];
  });
}

const isNamed = (g: Group): boolean => g.occurrences.every((o) => o.speaker.named);
const wordsOf = (g: Group): readonly string[] => g.occurrences[0]?.words ?? [];

/** The kind most occurrences agree on, the engine's "unknown" counting for nothing. */
function kindOf(g: Group): SpeakerKind {
  const counts = new Map<SpeakerKind, number>();
  for (const o of g.occurrences) {
    if (o.speaker.kind !== 'unknown') counts.set(o.speaker.kind, (counts.get(o.speaker.kind) ?? 0) + 1);
  }
  let best: SpeakerKind = 'unknown';
  for (const [kind, n] of counts) if (n > (counts.get(best) ?? 0)) best = kind;
  return best;
}

/** The name as most of their quotations have it, the fuller one on a tie, then the first met. */
function canonical(g: Group): { name: string; key: string } {
  const byName = new Map<string, { n: number; o: Occurrence }>();
  for (const o of g.occurrences) {
    if (o.via !== 'name') continue;
    const seen = byName.get(o.speaker.name);
    if (seen) seen.n += o.quotes.length;
    else byName.set(o.speaker.name, { n: o.quotes.length, o });
  }
  let best: { n: number; o: Occurrence } | undefined;
  for (const c of byName.values()) {
    if (!best || c.n > best.n || (c.n === best.n && c.o.words.length > best.o.words.length)) best = c;
  }
  // Every group holds a speaker named as written (a surname only ever joins one); the key is a last resort.
  return { name: best?.o.speaker.name ?? g.key, key: g.key };
}

const sortableDate = (a: Article): string | null =>
  a.meta.date !== null && ISO_DATE.test(a.meta.date) ? a.meta.date : null;

function toPage(g: Group, byArticle: ReadonlyMap<string, ReadonlySet<Group>>): SpeakerPage {
  const { name, key } = canonical(g);
  const order = new Map(g.occurrences.map((o, i) => [o, i]));
  // Oldest first; undated last, in catalog order.
  const occurrences = [...g.occurrences].sort((a, b) => {
    const [da, db] = [sortableDate(a.article), sortableDate(b.article)];
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });

  const appearances: Appearance[] = occurrences.map((o) => ({
    articleId: o.article.id,
    title: o.article.meta.title,
    date: o.article.meta.date,
    source: o.article.meta.source,
    url: o.article.meta.url,
    name: o.speaker.name,
    speakerId: o.speaker.id,
    via: o.via,
    roles: o.speaker.roles,
    count: o.quotes.length,
  }));
  const quotes: SpeakerQuote[] = occurrences.flatMap((o) =>
    o.quotes.map((q) => ({
      articleId: o.article.id,
      quoteId: q.id,
      kind: q.kind,
      text: o.article.text.slice(q.content[0], q.content[1]),
      cue: q.cue?.text ?? null,
      span: q.span,
    })),
  );

  const shared = new Map<Group, Set<string>>();
  for (const o of g.occurrences) {
    for (const other of byArticle.get(o.article.id) ?? []) {
      if (other === g) continue;
      shared.set(other, (shared.get(other) ?? new Set()).add(o.article.id));
    }
  }
  const coQuoted: CoQuoted[] = [...shared.entries()]
    .map(([other, ids]) => ({ key: other.key, name: canonical(other).name, shared: ids.size }))
    .sort((a, b) => b.shared - a.shared || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  return {
    schemaVersion: SCHEMA_VERSION,
    key,
    name,
    kind: kindOf(g),
    aliases: aliasesOf(name, g.occurrences),
    appearances,
    quotes,
    coQuoted,
    ambiguous: [...g.ambiguous].map((other) => ({ name: canonical(other).name, key: other.key })),
  };
}

/** Other names as written, then the engine's names and descriptors for them; no pronouns, no repeats. */
function aliasesOf(name: string, occurrences: readonly Occurrence[]): string[] {
  const seen = new Set([foldName(name)]);
  const aliases: string[] = [];
  const add = (text: string) => {
    const folded = foldName(text);
    if (!folded || seen.has(folded) || aliases.length >= MAX_ALIASES) return;
    seen.add(folded);
    aliases.push(text.trim());
  };
  for (const o of occurrences) add(o.speaker.name);
  for (const o of occurrences) for (const m of o.speaker.mentions) if (m.kind !== 'pronoun') add(m.text);
  return aliases;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
