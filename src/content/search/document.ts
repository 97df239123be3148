// What search sees of an article: a few short "lines" (the title, each speaker's name and roles) and the
// body text, read as one sequence of words. Every word has an ordinal in that sequence and a field:
//
//   ordinal: 0 …          title line, gap, speaker 1 name, gap, its roles …, gap, | body words …
//   field:   title          name / role                                           | text or quote
//
// The index stores only (article, ordinal, field) per word. The lines travel in the small per-article
// doc entry (docs shards), the body in the article file and in its snippet text file, and both sides
// rebuild the same sequence with `layout` below, so an ordinal turns back into characters to highlight
// without the index holding text.

import type { Article } from '../schema';

import { tokenize, type Token } from './tokenize';

/** Field codes as stored in postings (3 bits). */
export const FIELDS = ['title', 'name', 'role', 'text', 'quote'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_CODE: Readonly<Record<Field, number>> = { title: 0, name: 1, role: 2, text: 3, quote: 4 };
export const FIELD_BITS = 3;

/** One speaker as a doc entry keeps it: `[id, name, ...roles]`. */
export type DocSpeaker = readonly [string, string, ...string[]];

/** What a result needs before its article is loaded: enough for a title row and speaker hits. */
export interface DocEntry {
  readonly id: string;
  readonly title: string;
  /** The title was taken from the opening words: results show it as the library does. */
  readonly titleDerived: boolean;
  readonly date: string | null;
  readonly source: string | null;
  readonly speakers: readonly DocSpeaker[];
}

export interface Line {
  readonly text: string;
  readonly field: 'title' | 'name' | 'role';
  /** Index into `DocEntry.speakers`; null for the title. */
  readonly speaker: number | null;
  /** The ordinal of its first word. */
  readonly from: number;
  readonly tokens: readonly Token[];
}

export interface Layout {
  readonly lines: readonly Line[];
  /** The ordinal of the body's first word. */
  readonly bodyBase: number;
}

/** Ordinals skipped between lines, so a phrase never runs from one line into the next. */
const LINE_GAP = 1;

export function docEntry(article: Article): DocEntry {
  const quoted = new Set(article.quotes.map((q) => q.speakerId));
  return {
    id: article.id,
    title: article.meta.title,
    titleDerived: article.meta.titleDerived,
    date: article.meta.date,
    source: article.meta.source,
    // Only speakers with a quotation: the others are people merely mentioned, found through the body.
    speakers: article.speakers
      .filter((s) => quoted.has(s.id))
      .map((s): DocSpeaker => [s.id, s.name, ...s.roles.filter((r) => r !== s.name)]),
  };
}

export function layout(doc: DocEntry): Layout {
  const raw: Omit<Line, 'from' | 'tokens'>[] = [{ text: doc.title, field: 'title', speaker: null }];
  doc.speakers.forEach(([, name, ...roles], speaker) => {
    raw.push({ text: name, field: 'name', speaker });
    for (const role of roles) raw.push({ text: role, field: 'role', speaker });
  });
  let next = 0;
  const lines = raw.map((line): Line => {
    const tokens = tokenize(line.text);
    const from = next;
    next += tokens.length + LINE_GAP;
    return { ...line, from, tokens };
  });
  return { lines, bodyBase: next };
}

/** One word of an article as the index stores it. */
export interface Occurrence {
  readonly term: string;
  readonly ordinal: number;
  readonly field: Field;
}

/** Every word of the article, in ordinal order. */
export function occurrences(article: Article, doc: DocEntry = docEntry(article)): Occurrence[] {
  const { lines, bodyBase } = layout(doc);
  const out: Occurrence[] = [];
  for (const line of lines) {
    line.tokens.forEach((t, i) => out.push({ term: t.term, ordinal: line.from + i, field: line.field }));
  }
  const quoted = quotedChars(article);
  tokenize(article.text).forEach((t, i) => {
    const inQuote = (quoted[t.start] ?? 0) > 0 && (quoted[t.end - 1] ?? 0) > 0;
    out.push({ term: t.term, ordinal: bodyBase + i, field: inQuote ? 'quote' : 'text' });
  });
  return out;
}

/** For each character of the text, how many quotations' words cover it (linear, however many quotes). */
function quotedChars(article: Article): Int32Array {
  const depth = new Int32Array(article.text.length + 1);
  for (const { content } of article.quotes) {
    depth[content[0]] = (depth[content[0]] ?? 0) + 1;
    depth[content[1]] = (depth[content[1]] ?? 0) - 1;
  }
  for (let i = 1; i < depth.length; i++) depth[i] = (depth[i] ?? 0) + (depth[i - 1] ?? 0);
  return depth;
}
