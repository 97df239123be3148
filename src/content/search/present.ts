// From ranked matches to what a result shows: hits with a snippet of text and the ranges to highlight.
// Body hits are cut from the article's text around the match, inside its paragraph and, for a quotation,
// inside the quotation; line hits (title, speaker name or role) show the whole line.

import type { Quote, Span, Speaker } from '../schema';

import { layout, type DocEntry, type Line } from './document';
import type { Match } from './query';
import { BOOST } from './query';
import { tokenize, type Token } from './tokenize';

/**
 * The article parts a snippet needs: the reader's full Article fits, and so does what the slim snippet
 * text file holds (snippet-text.ts).
 */
export interface ArticleText {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly quotes: readonly Pick<Quote, 'id' | 'kind' | 'content' | 'speakerId'>[];
  readonly speakers: readonly Pick<Speaker, 'id' | 'name'>[];
}

export interface Hit {
  readonly kind: 'title' | 'speaker' | 'quote' | 'text';
  /** The snippet, and what to highlight in it (`[start, end)` into `text`). */
  readonly text: string;
  readonly marks: readonly (readonly [number, number])[];
  /** True when the snippet starts or ends inside a longer passage (show an ellipsis). */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
  /** The speaker: of the quotation, or whose name or role matched. Null for an unattributed quotation. */
  readonly speaker: { readonly id: string; readonly name: string } | null;
  /** Set for quotation hits. */
  readonly quote: { readonly id: string; readonly kind: 'direct' | 'indirect' | 'mixed' } | null;
  /** The first match, `[start, end)` into the article text; null for line hits. */
  readonly match: readonly [number, number] | null;
}

/** Words of context before the first match. */
const CONTEXT_WORDS = 8;
/** About two lines of the results list. */
const SNIPPET_CHARS = 180;
/** Matches this close together (in words) share a snippet. */
const CLUSTER_WORDS = 12;

const bodyTokens = new WeakMap<object, Token[]>();
const tokensOf = (article: ArticleText): Token[] => {
  let tokens = bodyTokens.get(article);
  if (!tokens) bodyTokens.set(article, (tokens = tokenize(article.text)));
  return tokens;
};

/** One article found, as the results show it (bundled and imported articles alike). */
export interface FoundArticle {
  readonly id: string;
  readonly title: string;
  readonly titleDerived: boolean;
  readonly date: string | null;
  readonly source: string | null;
  /** The quoted speakers' names: options for the speaker filter. */
  readonly speakers: readonly string[];
  readonly hits: readonly Hit[];
}

export function presentResult(
  doc: DocEntry,
  article: ArticleText | null,
  matches: readonly Match[],
  max: number,
): FoundArticle {
  const { id, title, titleDerived, date, source } = doc;
  const speakers = doc.speakers.map((s) => s[1]);
  return { id, title, titleDerived, date, source, speakers, hits: presentHits(doc, article, matches, max) };
}

/**
 * Up to `max` hits, best first. Without the article (not loaded yet, or missing) only line hits come
 * back.
 */
export function presentHits(
  doc: DocEntry,
  article: ArticleText | null,
  matches: readonly Match[],
  max: number,
): Hit[] {
  const { planned, bodyBase } = plan(doc, matches);
  const hits: Hit[] = [];
  for (const p of planned) {
    if (hits.length >= max) break;
    // A body hit whose words the text does not have (a stale file) gives way to the next one.
    const hit = p.line ? lineHit(doc, p.line, p.ms) : article && bodyHit(article, p.ms, bodyBase);
    if (hit) hits.push(hit);
  }
  return hits;
}

/**
 * Whether the best `max` hits include a body hit, which needs the article's text. When none does,
 * presentHits gives the same hits without the article, so a result shows them without fetching it: a
 * query matching a speaker's name shows that line, whatever the body also matched.
 */
export function needsArticle(doc: DocEntry, matches: readonly Match[], max: number): boolean {
  return plan(doc, matches)
    .planned.slice(0, max)
    .some((p) => p.line === null);
}

/** A hit to be: a line (title, name or role) with its matches, or a cluster of body matches (no line). */
interface Planned {
  readonly line: Line | null;
  readonly ms: readonly Match[];
  readonly rank: number;
  /** Where it starts (an ordinal): lines come before the body, so a line wins a tie. */
  readonly at: number;
}

/** Every hit the matches could make, best first: their order needs the doc entry, never the text. */
function plan(doc: DocEntry, matches: readonly Match[]): { planned: Planned[]; bodyBase: number } {
  const { lines, bodyBase } = layout(doc);
  const planned: Planned[] = [];
  const body: Match[] = [];
  const byLine = new Map<Line, Match[]>();
  for (const m of matches) {
    if (m.ordinal >= bodyBase) {
      body.push(m);
      continue;
    }
    const line = lines.find((l) => m.ordinal >= l.from && m.ordinal < l.from + l.tokens.length);
    if (line) byLine.set(line, [...(byLine.get(line) ?? []), m]);
  }
  // One line per speaker: "envoy" in two of their roles is still one person found.
  const bestLine = new Map<number | null | Line, { line: Line; ms: Match[] }>();
  for (const [line, ms] of byLine) {
    const key = line.speaker ?? line;
    const prev = bestLine.get(key);
    if (!prev || rank(ms) > rank(prev.ms)) bestLine.set(key, { line, ms });
  }
  for (const { line, ms } of bestLine.values()) planned.push({ line, ms, rank: rank(ms), at: line.from });
  for (const cluster of clusters(body)) {
    planned.push({ line: null, ms: cluster, rank: rank(cluster), at: cluster[0]?.ordinal ?? 0 });
  }
  return { planned: planned.sort((a, b) => b.rank - a.rank || a.at - b.at), bodyBase };
}

/** More distinct query parts first, then the better field. */
const rank = (ms: readonly Match[]): number =>
  new Set(ms.map((m) => m.part)).size * 10 + Math.max(...ms.map((m) => BOOST[m.field]));

function lineHit(doc: DocEntry, line: Line, ms: readonly Match[]): Hit {
  const marks = ms.flatMap((m) => {
    const first = line.tokens[m.ordinal - line.from];
    const last = line.tokens[m.ordinal - line.from + m.length - 1];
    return first && last ? [[first.start, last.end] as const] : [];
  });
  const speaker = line.speaker === null ? undefined : doc.speakers[line.speaker];
  return {
    kind: line.field === 'title' ? 'title' : 'speaker',
    text: line.text,
    marks,
    cutBefore: false,
    cutAfter: false,
    speaker: speaker ? { id: speaker[0], name: speaker[1] } : null,
    quote: null,
    match: null,
  };
}

function clusters(body: readonly Match[]): Match[][] {
  const out: Match[][] = [];
  for (const m of body) {
    const current = out.at(-1);
    const prev = current?.at(-1);
    if (current && prev && m.ordinal - prev.ordinal <= CLUSTER_WORDS && m.field === prev.field)
      current.push(m);
    else out.push([m]);
  }
  return out;
}

function bodyHit(article: ArticleText, cluster: readonly Match[], bodyBase: number): Hit | null {
  const tokens = tokensOf(article);
  const first = cluster[0];
  const i0 = first ? first.ordinal - bodyBase : -1;
  const a = tokens[i0];
  const b = first && tokens[i0 + first.length - 1];
  if (!first || !a || !b) return null;
  // The innermost quotation holding the match, if the index said it was quoted.
  const quote =
    first.field === 'quote'
      ? article.quotes
          .filter((q) => q.content[0] <= a.start && b.end <= q.content[1])
          .sort((x, y) => x.content[1] - x.content[0] - (y.content[1] - y.content[0]))[0]
      : undefined;
  const paragraph = article.paragraphs.find(([s, e]) => s <= a.start && b.end <= e) ?? [
    0,
    article.text.length,
  ];
  const bounds: readonly [number, number] = quote
    ? [Math.max(paragraph[0], quote.content[0]), Math.min(paragraph[1], quote.content[1])]
    : paragraph;
  const inBounds = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && t.start >= bounds[0] && t.end <= bounds[1];
  };

  // A few words before the match, then as many after as fit.
  let from = i0;
  while (from > i0 - CONTEXT_WORDS && inBounds(from - 1)) from--;
  const fromStart = tokens[from]?.start ?? a.start;
  let to = i0 + first.length - 1;
  while (inBounds(to + 1) && (tokens[to + 1]?.end ?? Infinity) - fromStart <= SNIPPET_CHARS) to++;
  const cutBefore = inBounds(from - 1);
  const cutAfter = inBounds(to + 1);
  const start = cutBefore ? fromStart : bounds[0];
  const end = cutAfter ? (tokens[to]?.end ?? b.end) : bounds[1];
  const raw = article.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const marks = cluster.flatMap((m) => {
    const x = tokens[m.ordinal - bodyBase];
    const y = tokens[m.ordinal - bodyBase + m.length - 1];
    return x && y && x.start >= start && y.end <= end
      ? [[x.start - start - lead, y.end - start - lead] as const]
      : [];
  });
  const speaker = quote ? article.speakers.find((s) => s.id === quote.speakerId) : undefined;
  return {
    kind: quote ? 'quote' : 'text',
    text: raw.trim(),
    marks,
    cutBefore,
    cutAfter,
    speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
    quote: quote ? { id: quote.id, kind: quote.kind } : null,
    match: [a.start, b.end],
  };
}
