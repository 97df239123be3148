// Queries against the sharded index: parse, say which shards are needed, then rank articles.
//   Doha            the term, and (last word, still being typed) every term starting with it
//   "Doha agreement" the words next to each other, in this order
//   Kabulov envoy   every part must match (AND); the score adds up
//   agrement        words of 5+ letters also match at one edit (8+: two), ranked below exact matches
// Heads and tails (format.ts): a frequent word's shard holds only its best articles. A part whose word has
// tail pages the caller did not load is incomplete: it still adds to the score of the articles it is known
// in, but it does not exclude the others unless no part of the query is complete. `tailsFor` says which
// pages make a query exact, or show a one-word query's next page; the app loads those it can afford.
// Ranking is BM25 without length normalisation (news articles are alike in length, and lengths would
// cost the manifest a number per article), each field saturating on its own and then weighted (as in
// BM25F): a word in a speaker's name counts for more than one in the narrative, however often the
// narrative repeats it, so a name query ranks the articles that quote that person first, then those
// whose quotations name them, then the ones that only talk about them.

import { FIELD_BITS, FIELDS, type Field } from './document';
import { boundedDistance } from './edit-distance';
import type { SearchManifest, ShardRef, TailPage, TermShard } from './format';
import { terms } from './tokenize';

export type Part =
  | { readonly kind: 'term'; readonly term: string; readonly prefix: boolean; readonly fuzzy: boolean }
  | { readonly kind: 'phrase'; readonly terms: readonly string[]; readonly prefix: boolean };

export interface ParsedQuery {
  readonly parts: readonly Part[];
}

/** Straight, curly and guillemet double quotes all open and close phrases. */
const QUOTE_MARKS = /[“”„‟«»"]/g;
const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;

export const BOOST: Readonly<Record<Field, number>> = { title: 3, name: 5, role: 2, text: 1, quote: 2.5 };
const PREFIX_WEIGHT = 0.7;
const FUZZY_WEIGHT = [1, 0.5, 0.3] as const;
/** A one-letter prefix could match thousands of terms; the most frequent ones are enough. */
const MAX_EXPANSIONS = 50;
/** A prefix this long also reads the shards under it (up to MAX_PREFIX_SHARDS); a shorter one uses `more`. */
const FULL_PREFIX_LENGTH = 3;
const MAX_PREFIX_SHARDS = 3;
/** Tails a query loads to be exact, per word: a word with more pages is too common to filter by. */
export const MAX_TAIL_PAGES = 4;
const K1 = 1.2;

export function parseQuery(input: string): ParsedQuery {
  const segments = input.replace(QUOTE_MARKS, '"').split('"');
  const parts: Part[] = [];
  segments.forEach((segment, i) => {
    const words = terms(segment);
    if (i % 2 === 1 && words.length > 1) parts.push({ kind: 'phrase', terms: words, prefix: false });
    else for (const term of words) parts.push({ kind: 'term', term, prefix: false, fuzzy: i % 2 === 0 });
  });
  // The word under the cursor is still being typed: match it as a prefix.
  const last = parts.at(-1);
  if (last && ENDS_IN_WORD.test(input)) parts[parts.length - 1] = { ...last, prefix: true };
  return { parts };
}

/** The shard holding `term`: the one whose key is the longest prefix of it. */
export function shardFor(manifest: SearchManifest, term: string): ShardRef | undefined {
  let best: ShardRef | undefined;
  for (const shard of manifest.shards) {
    if (term.startsWith(shard.key) && (!best || shard.key.length > best.key.length)) best = shard;
  }
  return best;
}

/** Every shard file the query reads. */
export function shardsFor(manifest: SearchManifest, query: ParsedQuery): string[] {
  const files = new Set<string>();
  for (const part of query.parts) {
    const words = part.kind === 'term' ? [part.term] : part.terms;
    for (const word of words) {
      const shard = shardFor(manifest, word);
      if (shard) files.add(shard.file);
    }
    const last = words.at(-1);
    if (part.prefix && last !== undefined) for (const shard of below(manifest, last)) files.add(shard.file);
  }
  return [...files];
}

/** The shards under a prefix that a prefix query reads besides its own: none for a short prefix. */
function below(manifest: SearchManifest, prefix: string): ShardRef[] {
  if (prefix.length < FULL_PREFIX_LENGTH) return [];
  return manifest.shards
    .filter((s) => s.key.startsWith(prefix) && s.key !== prefix)
    .slice(0, MAX_PREFIX_SHARDS);
}

/** A term's postings in a loaded shard: its head, df, and its tail pages. */
interface Posting {
  readonly head: readonly number[];
  readonly df: number;
  readonly tails: readonly (readonly [string, number])[];
}

function posting(index: Loaded, term: string): Posting | undefined {
  const ref = shardFor(index.manifest, term);
  const shard = ref && index.shards.get(ref.file);
  if (!shard) return undefined;
  const i = lowerBound(shard.terms, term);
  if (shard.terms[i] !== term) return undefined;
  return { head: shard.postings[i] ?? [], df: shard.df[i] ?? 0, tails: tailsOf(shard).get(i) ?? [] };
}

const tailIndex = new WeakMap<TermShard, ReadonlyMap<number, TermShard['tails'][number][1]>>();
/** A shard's tails by term position. */
function tailsOf(shard: TermShard): ReadonlyMap<number, TermShard['tails'][number][1]> {
  let map = tailIndex.get(shard);
  if (!map) tailIndex.set(shard, (map = new Map(shard.tails)));
  return map;
}

export interface TailOptions {
  /** Results wanted, best first: a one-word query loads pages until it has this many. */
  readonly limit?: number;
  /** Every tail of every word the query names exactly: results equal a full scan. */
  readonly complete?: boolean;
}

/**
 * The tail pages to load (after the shards `shardsFor` named) for this query: for one word, enough pages
 * for `limit` results; for more words or a phrase, every tail of each word with at most MAX_TAIL_PAGES, so
 * that it decides which articles match. Completions of the word being typed and typo matches never load
 * tails: they rank, they do not filter.
 */
export function tailsFor(index: Loaded, query: ParsedQuery, options: TailOptions = {}): string[] {
  const limit = options.limit ?? 0;
  const files: string[] = [];
  const words = query.parts.flatMap((p) => (p.kind === 'term' ? [p.term] : p.terms));
  for (const word of words) {
    const p = posting(index, word);
    if (!p || p.tails.length === 0) continue;
    if (options.complete) files.push(...p.tails.map(([f]) => f));
    else if (words.length > 1 || query.parts.some((q) => q.kind === 'phrase')) {
      if (p.tails.length <= MAX_TAIL_PAGES) files.push(...p.tails.map(([f]) => f));
    } else {
      let have = decode(p.head).size;
      for (const [file, docs] of p.tails) {
        if (have >= limit) break;
        files.push(file);
        have += docs;
      }
    }
  }
  return [...new Set(files)];
}

export interface Match {
  readonly ordinal: number;
  /** In words: 1, or a phrase's length. */
  readonly length: number;
  readonly field: Field;
  /** Which part of the query it matches. */
  readonly part: number;
}

export interface Ranked {
  readonly doc: number;
  readonly score: number;
  /** Ordered by ordinal. */
  readonly matches: readonly Match[];
}

export interface SearchOptions {
  /** Off: the last word is matched whole. */
  readonly prefix?: boolean;
  /** Off: no typo tolerance. */
  readonly fuzzy?: boolean;
}

export interface Loaded {
  readonly manifest: SearchManifest;
  /** Shards by file; those `shardsFor` named must be here. */
  readonly shards: ReadonlyMap<string, TermShard>;
  /** Tail pages by file: any that are here are used. */
  readonly tails?: ReadonlyMap<string, TailPage>;
}

/** Articles matching every part of the query, best first (ties: library order). */
export function search(index: Loaded, query: ParsedQuery, options: SearchOptions = {}): Ranked[] {
  type Found = Map<number, { score: number; matches: Match[] }>;
  const parts = query.parts.map((part, i) => matchPart(index, part, i, options));
  // Complete parts decide which articles match; incomplete ones only where none is complete.
  const deciding = parts.some((p) => p.complete) ? parts.filter((p) => p.complete) : parts;
  let acc: Found | null = null;
  for (const { found } of deciding) {
    if (acc === null) {
      acc = new Map([...found].map(([doc, hit]) => [doc, { score: hit.score, matches: [...hit.matches] }]));
      continue;
    }
    const next: Found = new Map();
    for (const [doc, hit] of found) {
      const prev = acc.get(doc);
      if (prev) next.set(doc, { score: prev.score + hit.score, matches: [...prev.matches, ...hit.matches] });
    }
    acc = next;
  }
  const all: Found = acc ?? new Map<number, { score: number; matches: Match[] }>();
  for (const { found } of parts) {
    if (deciding.some((d) => d.found === found)) continue;
    for (const [doc, hit] of all) {
      const extra = found.get(doc);
      if (extra)
        all.set(doc, { score: hit.score + extra.score, matches: [...hit.matches, ...extra.matches] });
    }
  }
  return [...all.entries()]
    .map(([doc, { score, matches }]) => ({
      doc,
      score,
      matches: matches.sort((a, b) => a.ordinal - b.ordinal),
    }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

interface Candidate {
  readonly term: string;
  readonly weight: number;
  /** Its head, and any tail pages loaded. */
  readonly lists: readonly (readonly number[])[];
  readonly df: number;
  /** Every article with the term is in `lists`. */
  readonly complete: boolean;
}

type Occurrences = Map<number, { ordinal: number; field: Field }[]>;

function matchPart(index: Loaded, part: Part, partIndex: number, options: SearchOptions) {
  const out = new Map<number, { score: number; matches: Match[] }>();
  const n = index.manifest.articles;
  if (part.kind === 'term') {
    const prefix = part.prefix && options.prefix !== false;
    const fuzzy = part.fuzzy && options.fuzzy !== false;
    const found = candidates(index, part.term, prefix, fuzzy);
    for (const c of found) {
      const occ = decodeAll(c.lists);
      const idf = inverseFrequency(n, c.df);
      for (const [doc, list] of occ) {
        const hit = out.get(doc) ?? { score: 0, matches: [] };
        hit.score += c.weight * idf * fieldScore(list);
        for (const o of list)
          hit.matches.push({ ordinal: o.ordinal, length: 1, field: o.field, part: partIndex });
        out.set(doc, hit);
      }
    }
    // Nothing at all to match is a sure answer; otherwise, exact only if no candidate lacks a tail.
    const complete =
      found.length === 0 || (!(prefix && expands(index, part.term)) && found.every((c) => c.complete));
    return { found: out, complete };
  }
  // A phrase: where the first word is followed by the second, the third, … at consecutive ordinals.
  let complete = true;
  const words = part.terms.map((term, i) => {
    const last = i === part.terms.length - 1;
    const prefix = last && part.prefix && options.prefix !== false;
    const merged: Occurrences = new Map();
    const found = candidates(index, term, prefix, false);
    if (found.length > 0 && ((prefix && expands(index, term)) || !found.every((c) => c.complete)))
      complete = false;
    for (const c of found) {
      for (const [doc, list] of decodeAll(c.lists)) merged.set(doc, [...(merged.get(doc) ?? []), ...list]);
    }
    return merged;
  });
  const [first, ...rest] = words;
  const found = new Map<number, { ordinal: number; field: Field }[]>();
  for (const [doc, starts] of first ?? []) {
    const follow = rest.map((w) => new Set((w.get(doc) ?? []).map((o) => o.ordinal)));
    const hits = starts.filter((s) => follow.every((set, i) => set.has(s.ordinal + i + 1)));
    if (hits.length > 0) found.set(doc, hits);
  }
  const idf = inverseFrequency(n, found.size);
  for (const [doc, hits] of found) {
    out.set(doc, {
      score: part.terms.length * idf * fieldScore(hits),
      matches: hits.map((o) => ({
        ordinal: o.ordinal,
        length: part.terms.length,
        field: o.field,
        part: partIndex,
      })),
    });
  }
  return { found: out, complete };
}

/** Whether a prefix has completions this query did not read: terms in shards below it. */
const expands = (index: Loaded, prefix: string): boolean =>
  index.manifest.shards.some(
    (s) => s.key.startsWith(prefix) && s.key !== prefix && !index.shards.has(s.file),
  ) || shardOf(index, prefix)?.more.terms.some((t) => t.startsWith(prefix)) === true;

const shardOf = (index: Loaded, term: string): TermShard | undefined => {
  const ref = shardFor(index.manifest, term);
  return ref && index.shards.get(ref.file);
};

const inverseFrequency = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
const saturate = (tf: number): number => (tf * (K1 + 1)) / (tf + K1);

/** Per field: its count saturated, times its boost; then summed. */
function fieldScore(occs: readonly { readonly field: Field }[]): number {
  const tf = new Map<Field, number>();
  for (const o of occs) tf.set(o.field, (tf.get(o.field) ?? 0) + 1);
  let score = 0;
  for (const [field, n] of tf) score += BOOST[field] * saturate(n);
  return score;
}

/** The index's terms a query word stands for, with how much each counts. */
export function candidates(index: Loaded, term: string, prefix: boolean, fuzzy: boolean): Candidate[] {
  const shard = shardOf(index, term);
  const out: Candidate[] = [];
  const exact = posting(index, term);
  if (exact) out.push(withTails(index, term, 1, exact));
  if (prefix) {
    const completions = new Map<string, Candidate>();
    const add = (t: string, list: readonly number[], df: number, hasTail: boolean) => {
      if (t === term || completions.has(t)) return;
      // Heads only: completions rank what is being typed, they never decide what matches.
      completions.set(t, { term: t, weight: PREFIX_WEIGHT, lists: [list], df, complete: !hasTail });
    };
    const shards = [shard, ...below(index.manifest, term).map((s) => index.shards.get(s.file))];
    for (const loaded of shards) {
      if (!loaded) continue;
      for (let i = lowerBound(loaded.terms, term); i < loaded.terms.length; i++) {
        const t = loaded.terms[i] ?? '';
        if (!t.startsWith(term)) break;
        add(t, loaded.postings[i] ?? [], loaded.df[i] ?? 0, tailsOf(loaded).has(i));
      }
    }
    if (shard) {
      shard.more.terms.forEach((t, i) => {
        if (t.startsWith(term)) add(t, shard.more.postings[i] ?? [], shard.more.df[i] ?? 0, true);
      });
    }
    out.push(...[...completions.values()].sort((a, b) => b.df - a.df).slice(0, MAX_EXPANSIONS));
  }
  const max = maxEdits(term);
  if (fuzzy && max > 0 && shard) {
    shard.terms.forEach((t, i) => {
      if (t === term || (prefix && t.startsWith(term))) return;
      const d = boundedDistance(term, t, max);
      if (d <= max)
        out.push({
          term: t,
          weight: FUZZY_WEIGHT[d] ?? 0,
          lists: [shard.postings[i] ?? []],
          df: shard.df[i] ?? 0,
          // A typo match widens a word's matches; the word's own postings decide whether it is exact.
          complete: true,
        });
    });
  }
  return out;
}

function withTails(index: Loaded, term: string, weight: number, p: Posting): Candidate {
  const pages = p.tails.map(([file]) => index.tails?.get(file));
  const loaded = pages.filter((page): page is TailPage => page !== undefined && page.term === term);
  return {
    term,
    weight,
    lists: [p.head, ...loaded.map((page) => page.postings)],
    df: p.df,
    complete: loaded.length === p.tails.length,
  };
}

/**
 * How many articles match, when `search` saw only part of them: a one-word query knows its word's count
 * without its tails.
 */
export function matchCount(index: Loaded, query: ParsedQuery, ranked: readonly Ranked[]): number {
  const [only] = query.parts;
  if (query.parts.length !== 1 || only?.kind !== 'term') return ranked.length;
  return Math.max(ranked.length, posting(index, only.term)?.df ?? 0);
}

/** Typos forgiven: none under five letters, one from five, two from eight. */
export const maxEdits = (term: string): number => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0);

function lookup(shard: TermShard, term: string): readonly number[] | undefined {
  const i = lowerBound(shard.terms, term);
  return shard.terms[i] === term ? shard.postings[i] : undefined;
}

/** Head and tail pages together: their articles never overlap. */
function decodeAll(lists: readonly (readonly number[])[]): Occurrences {
  const [first, ...rest] = lists;
  if (!first) return new Map();
  if (rest.length === 0) return decode(first);
  const out: Occurrences = new Map(decode(first));
  for (const list of rest) for (const [doc, occs] of decode(list)) out.set(doc, occs);
  return out;
}

function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const decoded = new WeakMap<readonly number[], Occurrences>();

/** A postings list (format.ts) as occurrences by doc. */
export function decode(list: readonly number[]): Occurrences {
  const cached = decoded.get(list);
  if (cached) return cached;
  const out: Occurrences = new Map();
  let doc = 0;
  let i = 0;
  while (i < list.length) {
    doc += list[i++] ?? 0;
    const count = list[i++] ?? 0;
    const occs: { ordinal: number; field: Field }[] = [];
    let ordinal = 0;
    for (let k = 0; k < count; k++) {
      const packed = list[i++] ?? 0;
      ordinal += packed >>> FIELD_BITS;
      occs.push({ ordinal, field: FIELDS[packed & ((1 << FIELD_BITS) - 1)] ?? 'text' });
    }
    out.set(doc, occs);
  }
  decoded.set(list, out);
  return out;
}

/**
 * For a query that found nothing: the same query with each unknown word replaced by the closest word the
 * index has (up to two edits, most frequent first), or null when there is nothing better to offer.
 */
export function didYouMean(index: Loaded, query: ParsedQuery): string | null {
  let changed = false;
  const words = query.parts.map((part) => {
    if (part.kind === 'phrase') return `"${part.terms.join(' ')}"`;
    const ref = shardFor(index.manifest, part.term);
    const shard = ref && index.shards.get(ref.file);
    if (!shard || lookup(shard, part.term) || part.term.length < 3) return part.term;
    let best: { term: string; d: number; weight: number } | null = null;
    shard.terms.forEach((t, i) => {
      const d = boundedDistance(part.term, t, 2);
      const weight = shard.df[i] ?? 0;
      if (d <= 2 && (!best || d < best.d || (d === best.d && weight > best.weight)))
        best = { term: t, d, weight };
    });
    if (!best) return part.term;
    changed = true;
    return (best as { term: string }).term;
  });
  return changed ? words.join(' ') : null;
}
