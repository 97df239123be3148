// The content format: what `npm run content` writes and what the app reads back, one schema per shape
// with its type inferred from it. Pure TypeScript (no Node, no DOM; lint enforces it) so the build step,
// the browser app and the tests validate with the same code.
//
// Two files, both versioned with `schemaVersion` (bump it on any change a reader of older files would
// misread):
// - `articles/<id>.json`, one Article: the body text exactly as written and the engine's quotations and
//   speakers exactly as `analyze` returns them, with offsets into `text` (UTF-16 code units, end-exclusive);
// - `catalog.json`: one CatalogEntry per article, enough for the library view without loading articles.

import { z } from 'zod';

// No validators compiled with `new Function`: the app's Content-Security-Policy forbids eval, and Chromium
// reports even zod's guarded probe for it as a violation. Set before any schema below is built, since each
// object schema decides at construction.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

/** Slugs: `zamir-kabulov-interview`. Also a file name and a URL segment, hence the strict alphabet. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;

export const ArticleId = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(ID_PATTERN, 'an id is lower-case ASCII letters and digits joined by single hyphens')
  .brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleId>;

/** Where an article's file sits, relative to the catalog: `articles/seed.json`. */
export const articlePath = (id: string): string => `articles/${id}.json`;

// Readonly arrays and tuples throughout, as the engine declares them, so its output is assignable to
// these types and theirs to the engine's (test/content/schema.test.ts checks both directions).
const Offset = z.int().nonnegative();
/** `[start, end]`; whether it fits the text is checked by the Article refinement, which knows the text. */
export const Span = z
  .tuple([Offset, Offset])
  .readonly()
  .refine(([start, end]) => start <= end, 'a span must not end before it starts');
export type Span = z.infer<typeof Span>;

export const QuoteKind = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKind>;
export const SpeakerKind = z.enum(['person', 'organisation', 'group', 'unknown']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;
export const MentionKind = z.enum(['name', 'pronoun', 'descriptor']);
export type MentionKind = z.infer<typeof MentionKind>;

const Strings = z.array(z.string()).readonly();

export const Mention = z.strictObject({ span: Span, text: z.string(), kind: MentionKind });
export type Mention = z.infer<typeof Mention>;

export const Cue = z.strictObject({
  span: Span,
  text: z.string(),
  kind: z.enum(['verb', 'phrase', 'dash', 'label']),
  lemma: z.string(),
});
export type Cue = z.infer<typeof Cue>;

export const Quote = z.strictObject({
  id: z.string().min(1),
  kind: QuoteKind,
  /** The quotation with its marks. */
  span: Span,
  /** The words inside the marks (equal to `span` for indirect quotations). */
  content: Span,
  cue: Cue.nullable(),
  /** `null` where no speaker could honestly be found. */
  speakerId: z.string().nullable(),
  mention: Mention.nullable(),
  /** How the speaker was found: its own attribution, the one it continues, or the context. */
  speakerSource: z.enum(['attribution', 'continuation', 'context']).nullable(),
  confidence: z.number().min(0).max(1),
  /** The quotation this one is nested in. */
  parentId: z.string().nullable(),
  /** The quotation this one continues after an interruption (`“…,” she said. “…”`). */
  continuesId: z.string().nullable(),
  /** True when the engine repaired unbalanced quotation marks to find it. */
  repaired: z.boolean(),
});
export type Quote = z.infer<typeof Quote>;

export const Speaker = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  named: z.boolean(),
  kind: SpeakerKind,
  roles: Strings,
  aliases: Strings,
  mentions: z.array(Mention).readonly(),
  quoteIds: Strings,
});
export type Speaker = z.infer<typeof Speaker>;

const NullableString = z.string().nullable();

export const ArticleMeta = z.strictObject({
  title: z.string().min(1),
  /** True when the title was derived from the lead because the article has none. */
  titleDerived: z.boolean(),
  /** Where title, byline and dateline sit in the body, so the reader can show them apart. */
  titleSpan: Span.nullable(),
  date: NullableString,
  source: NullableString,
  url: NullableString,
  byline: NullableString,
  bylineSpan: Span.nullable(),
  dateline: NullableString,
  datelineSpan: Span.nullable(),
  language: NullableString,
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

const Count = z.int().nonnegative();

export const QuoteCounts = z.strictObject({
  total: Count,
  direct: Count,
  indirect: Count,
  mixed: Count,
});
export type QuoteCounts = z.infer<typeof QuoteCounts>;

export const ArticleStats = z.strictObject({
  words: z.int().positive(),
  /** At WORDS_PER_MINUTE, rounded up. */
  readingMinutes: z.int().positive(),
  quotes: QuoteCounts,
});
export type ArticleStats = z.infer<typeof ArticleStats>;

const ArticleShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: ArticleId,
  /** The source file's name within the content folder: `seed.txt`. */
  sourceFile: z.string().min(1),
  meta: ArticleMeta,
  /** The body (the source without its front matter), character for character. */
  text: z.string(),
  paragraphs: z.array(Span).readonly(),
  quotes: z.array(Quote).readonly(),
  speakers: z.array(Speaker).readonly(),
  stats: ArticleStats,
});

export const Article = ArticleShape.superRefine((article, ctx) => {
  for (const { path, message } of articleIntegrityIssues(article)) {
    ctx.addIssue({ code: 'custom', path, message });
  }
});
export type Article = z.infer<typeof Article>;

export const TopSpeaker = z.strictObject({
  name: z.string().min(1),
  kind: SpeakerKind,
  count: z.int().positive(),
});
export type TopSpeaker = z.infer<typeof TopSpeaker>;

/** How many speakers a catalog entry lists. */
export const TOP_SPEAKERS = 3;

export const CatalogEntry = z
  .strictObject({
    id: ArticleId,
    title: z.string().min(1),
    titleDerived: z.boolean(),
    byline: NullableString,
    dateline: NullableString,
    date: NullableString,
    readingMinutes: z.int().positive(),
    quoteCount: Count,
    source: NullableString,
    /** Most quoted first. */
    topSpeakers: z.array(TopSpeaker).max(TOP_SPEAKERS).readonly(),
    /** The name of every speaker with a quotation, most quoted first: what the library filters by. */
    quotedSpeakers: Strings,
    /** The article's file relative to the catalog. */
    path: z.string(),
  })
  .refine((entry) => entry.path === articlePath(entry.id), {
    path: ['path'],
    message: 'the path must be articles/<id>.json',
  });
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const Catalog = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    articles: z.array(CatalogEntry).readonly(),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.articles.forEach((entry, i) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'id'], message: `duplicate id "${entry.id}"` });
      }
      seen.add(entry.id);
    });
  });
export type Catalog = z.infer<typeof Catalog>;

type Path = (string | number)[];
interface Issue {
  path: Path;
  message: string;
}

/**
 * What the field schemas cannot see on their own: every span inside the text, cue and mention texts equal
 * to what their spans cover, ids unique and every reference resolving, and the quote counts adding up.
 * A truncated or hand-edited file fails here rather than drawing highlights in the wrong place.
 */
function articleIntegrityIssues(article: z.output<typeof ArticleShape>): Issue[] {
  const issues: Issue[] = [];
  const { text } = article;
  const span = (s: Span | null, path: Path) => {
    if (s && s[1] > text.length) {
      issues.push({ path, message: `span [${String(s[0])}, ${String(s[1])}] runs past the text's end` });
    }
  };
  const quoted = (item: Cue | Mention | null, path: Path) => {
    if (!item) return;
    span(item.span, [...path, 'span']);
    if (item.span[1] <= text.length && text.slice(item.span[0], item.span[1]) !== item.text) {
      issues.push({ path: [...path, 'text'], message: 'the text differs from what its span covers' });
    }
  };
  const unique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: [what, i, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
    return seen;
  };

  const { meta } = article;
  span(meta.titleSpan, ['meta', 'titleSpan']);
  span(meta.bylineSpan, ['meta', 'bylineSpan']);
  span(meta.datelineSpan, ['meta', 'datelineSpan']);
  article.paragraphs.forEach((p, i) => span(p, ['paragraphs', i]));

  const quoteIds = unique(
    article.quotes.map((q) => q.id),
    'quotes',
  );
  const speakerIds = unique(
    article.speakers.map((s) => s.id),
    'speakers',
  );
  const refersTo = (id: string | null, ids: Set<string>, path: Path, what: string) => {
    if (id !== null && !ids.has(id)) issues.push({ path, message: `refers to no ${what} "${id}"` });
  };

  article.quotes.forEach((q, i) => {
    const at: Path = ['quotes', i];
    span(q.span, [...at, 'span']);
    span(q.content, [...at, 'content']);
    if (q.content[0] < q.span[0] || q.content[1] > q.span[1]) {
      issues.push({ path: [...at, 'content'], message: 'the content lies outside the quotation' });
    }
    quoted(q.cue, [...at, 'cue']);
    quoted(q.mention, [...at, 'mention']);
    refersTo(q.speakerId, speakerIds, [...at, 'speakerId'], 'speaker');
    refersTo(q.parentId, quoteIds, [...at, 'parentId'], 'quotation');
    refersTo(q.continuesId, quoteIds, [...at, 'continuesId'], 'quotation');
    if (q.parentId === q.id || q.continuesId === q.id) {
      issues.push({ path: at, message: 'a quotation cannot contain or continue itself' });
    }
  });

  article.speakers.forEach((s, i) => {
    s.mentions.forEach((m, j) => quoted(m, ['speakers', i, 'mentions', j]));
    s.quoteIds.forEach((id, j) => refersTo(id, quoteIds, ['speakers', i, 'quoteIds', j], 'quotation'));
  });

  const counts = countQuotes(article.quotes);
  for (const key of ['total', 'direct', 'indirect', 'mixed'] as const) {
    if (article.stats.quotes[key] !== counts[key]) {
      issues.push({
        path: ['stats', 'quotes', key],
        message: `says ${String(article.stats.quotes[key])} but the article has ${String(counts[key])}`,
      });
    }
  }
  return issues;
}

/** Quotations by kind. Each quotation the engine returns counts once, continuations included. */
export function countQuotes(quotes: readonly Pick<Quote, 'kind'>[]): QuoteCounts {
  const counts = { total: quotes.length, direct: 0, indirect: 0, mixed: 0 };
  for (const q of quotes) counts[q.kind]++;
  return counts;
}
