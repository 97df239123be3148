// The content format: what `npm run content` writes and what the app reads back, one schema per shape
// with its type inferred from it. Pure TypeScript (no Node, no DOM; lint enforces it) so the build step,
// the browser app and the tests validate with the same code.
//
// Two files, both versioned with `schemaVersion` (bump it on any change a reader of older files would
// misread):
// - `articles/<id>.json`, one Article: the body text exactly as written and the engine's quotations and
//   speakers exactly as `analyze` returns them, with offsets into `text` (UTF-16 code units, end-exclusive);
// - `catalog.json`: one CatalogEntry per article, enough for the library view without loading articles.

// Valibot: the app validates every file it loads, and valibot does it for about 3 KB of the initial
// download where zod/mini takes 12 (test/budget holds the budget). Each schema is wrapped with the same
// `parse` / `safeParse` the rest of the code uses, and cross-field checks run after the field checks.
import * as v from 'valibot';

import { countQuotes } from './count-quotes';
import { articlePath } from './paths';

export { countQuotes };

export const SCHEMA_VERSION = 1;

/** Slugs: `zamir-kabulov-interview`. Also a file name and a URL segment, hence the strict alphabet. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;

export type Path = (string | number)[];
export interface SchemaIssue {
  readonly path: Path;
  readonly message: string;
}
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: SchemaError };

/** Every issue of a value that does not fit its schema, each with the path to the field. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  constructor(readonly issues: readonly SchemaIssue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
}

/** A valibot schema with `parse` and `safeParse`, and the checks that need the whole value. */
export interface Schema<S extends v.GenericSchema> {
  readonly schema: S;
  parse(value: unknown): v.InferOutput<S>;
  safeParse(value: unknown): SafeParseResult<v.InferOutput<S>>;
  /** The checks that need the whole value, on a value that passed the field checks. */
  readonly crossCheck: (value: v.InferOutput<S>) => SchemaIssue[];
}

export function defineSchema<S extends v.GenericSchema>(
  schema: S,
  crossCheck: (value: v.InferOutput<S>) => SchemaIssue[] = () => [],
): Schema<S> {
  const safeParse = (value: unknown): SafeParseResult<v.InferOutput<S>> => {
    const result = v.safeParse(schema, value);
    if (!result.success) {
      const issues = result.issues.map((issue) => ({
        path: (issue.path ?? []).map((item) => item.key as string | number),
        message: issue.message,
      }));
      return { success: false, error: new SchemaError(issues) };
    }
    const crossIssues = crossCheck(result.output);
    return crossIssues.length > 0
      ? { success: false, error: new SchemaError(crossIssues) }
      : { success: true, data: result.output };
  };
  return {
    schema,
    safeParse,
    crossCheck,
    parse(value) {
      const result = safeParse(value);
      if (!result.success) throw result.error;
      return result.data;
    },
  };
}

const text = () => v.string();
const nonEmpty = () => v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const nullable = <S extends v.GenericSchema>(schema: S) => v.nullable(schema);
const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.readonly());

export const ArticleIdSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH, `an id is at most ${String(MAX_ID_LENGTH)} characters`),
  v.regex(ID_PATTERN, 'an id is lower-case ASCII letters and digits joined by single hyphens'),
  v.brand('ArticleId'),
);
export const ArticleId = defineSchema(ArticleIdSchema);
export type ArticleId = v.InferOutput<typeof ArticleIdSchema>;

// Readonly arrays and tuples throughout, as the engine declares them, so its output is assignable to
// these types and theirs to the engine's (test/content/schema.test.ts checks both directions).
const Offset = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
/** `[start, end]`; whether it fits the text is checked by the Article's cross-checks, which know the text. */
export const SpanSchema = v.pipe(
  v.strictTuple([Offset, Offset]),
  v.readonly(),
  v.check(([start, end]) => start <= end, 'a span must not end before it starts'),
);
export type Span = v.InferOutput<typeof SpanSchema>;

export const QuoteKindSchema = v.picklist(['direct', 'indirect', 'mixed']);
export type QuoteKind = v.InferOutput<typeof QuoteKindSchema>;
const SpeakerKindSchema = v.picklist(['person', 'organisation', 'group', 'unknown']);
export type SpeakerKind = v.InferOutput<typeof SpeakerKindSchema>;
const MentionKindSchema = v.picklist(['name', 'pronoun', 'descriptor']);
export type MentionKind = v.InferOutput<typeof MentionKindSchema>;

const MentionSchema = v.strictObject({ span: SpanSchema, text: text(), kind: MentionKindSchema });
export type Mention = v.InferOutput<typeof MentionSchema>;

const CueSchema = v.strictObject({
  span: SpanSchema,
  text: text(),
  kind: v.picklist(['verb', 'phrase', 'dash', 'label']),
  lemma: text(),
});
export type Cue = v.InferOutput<typeof CueSchema>;

const QuoteSchema = v.strictObject({
  id: nonEmpty(),
  kind: QuoteKindSchema,
  /** The quotation with its marks. */
  span: SpanSchema,
  /** The words inside the marks (equal to `span` for indirect quotations). */
  content: SpanSchema,
  cue: nullable(CueSchema),
  /** `null` where no speaker could honestly be found. */
  speakerId: nullable(text()),
  mention: nullable(MentionSchema),
  /** How the speaker was found: its own attribution, the one it continues, or the context. */
  speakerSource: nullable(v.picklist(['attribution', 'continuation', 'context'])),
  confidence: v.pipe(v.number(), v.minValue(0, 'must be at least 0'), v.maxValue(1, 'must be at most 1')),
  /** The quotation this one is nested in. */
  parentId: nullable(text()),
  /** The quotation this one continues after an interruption (`“…,” she said. “…”`). */
  continuesId: nullable(text()),
  /** True when the engine repaired unbalanced quotation marks to find it. */
  repaired: v.boolean(),
  /**
   * True when a correction (an editor's overrides.json, or the reader's own) changed it after the engine
   * (src/content/corrections). Optional, so files written before corrections existed still validate.
   */
  corrected: v.optional(v.literal(true)),
});
export type Quote = v.InferOutput<typeof QuoteSchema>;

const SpeakerSchema = v.strictObject({
  id: nonEmpty(),
  name: nonEmpty(),
  named: v.boolean(),
  kind: SpeakerKindSchema,
  roles: list(text()),
  aliases: list(text()),
  mentions: list(MentionSchema),
  quoteIds: list(text()),
});
export type Speaker = v.InferOutput<typeof SpeakerSchema>;

const ArticleMetaSchema = v.strictObject({
  title: nonEmpty(),
  /** True when the title was derived from the lead because the article has none. */
  titleDerived: v.boolean(),
  /** Where title, byline and dateline sit in the body, so the reader can show them apart. */
  titleSpan: nullable(SpanSchema),
  date: nullable(text()),
  source: nullable(text()),
  url: nullable(text()),
  byline: nullable(text()),
  bylineSpan: nullable(SpanSchema),
  dateline: nullable(text()),
  datelineSpan: nullable(SpanSchema),
  language: nullable(text()),
});
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

const Count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const Positive = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'));

const QuoteCountsSchema = v.strictObject({ total: Count, direct: Count, indirect: Count, mixed: Count });
export type QuoteCounts = v.InferOutput<typeof QuoteCountsSchema>;

const ArticleStatsSchema = v.strictObject({
  words: Positive,
  /** At WORDS_PER_MINUTE, rounded up. */
  readingMinutes: Positive,
  quotes: QuoteCountsSchema,
});
export type ArticleStats = v.InferOutput<typeof ArticleStatsSchema>;

const ArticleSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${String(SCHEMA_VERSION)}`),
  id: ArticleIdSchema,
  /** The source file's name within the content folder: `seed.txt`. */
  sourceFile: nonEmpty(),
  meta: ArticleMetaSchema,
  /** The body (the source without its front matter), character for character. */
  text: text(),
  paragraphs: list(SpanSchema),
  quotes: list(QuoteSchema),
  speakers: list(SpeakerSchema),
  stats: ArticleStatsSchema,
});
export const Article = defineSchema(ArticleSchema, articleIntegrityIssues);
export type Article = v.InferOutput<typeof ArticleSchema>;
/** An article before validation brands its id: what `toArticleInput` builds from the engine's output. */
export type ArticleInput = Omit<Article, 'id'> & { readonly id: string };

const TopSpeakerSchema = v.strictObject({ name: nonEmpty(), kind: SpeakerKindSchema, count: Positive });
export type TopSpeaker = v.InferOutput<typeof TopSpeakerSchema>;

/** How many speakers a catalog entry lists. */
export const TOP_SPEAKERS = 3;

const CatalogEntrySchema = v.strictObject({
  id: ArticleIdSchema,
  title: nonEmpty(),
  titleDerived: v.boolean(),
  byline: nullable(text()),
  dateline: nullable(text()),
  date: nullable(text()),
  readingMinutes: Positive,
  quoteCount: Count,
  source: nullable(text()),
  /** Most quoted first. */
  topSpeakers: v.pipe(
    v.array(TopSpeakerSchema),
    v.maxLength(TOP_SPEAKERS, `at most ${String(TOP_SPEAKERS)} speakers`),
    v.readonly(),
  ),
  /** The name of every speaker with a quotation, most quoted first: what the library filters by. */
  quotedSpeakers: list(text()),
  /** The article's file relative to the catalog. */
  path: text(),
});
export type CatalogEntry = v.InferOutput<typeof CatalogEntrySchema>;

const CatalogSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${String(SCHEMA_VERSION)}`),
  articles: list(CatalogEntrySchema),
});
export const Catalog = defineSchema(CatalogSchema, (catalog) => {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  catalog.articles.forEach((entry, i) => {
    if (entry.path !== articlePath(entry.id)) {
      issues.push({ path: ['articles', i, 'path'], message: 'the path must be articles/<id>.json' });
    }
    if (seen.has(entry.id))
      issues.push({ path: ['articles', i, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
  return issues;
});
export type Catalog = v.InferOutput<typeof CatalogSchema>;

/**
 * What the field schemas cannot see on their own: every span inside the text, cue and mention texts equal
 * to what their spans cover, ids unique and every reference resolving, and the quote counts adding up.
 * A truncated or hand-edited file fails here rather than drawing highlights in the wrong place.
 */
function articleIntegrityIssues(article: v.InferOutput<typeof ArticleSchema>): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const { text, quotes } = article;
  // A path is made only for an issue, from the place (`at`) and a key: a long import holds thousands of
  // quotations and mentions, and copying a path for each would cost more than checking it.
  const fail = (message: string, at: Path, key?: string | number) =>
    issues.push({ path: key === undefined ? at : [...at, key], message });
  const span = (s: Span | null, at: Path, key?: string | number) => {
    if (s && s[1] > text.length) {
      fail(`span [${String(s[0])}, ${String(s[1])}] runs past the text's end`, at, key);
    }
  };
  const quoted = (item: Cue | Mention | null, at: Path, key: string | number) => {
    if (!item) return;
    // Read by index: destructuring steps an iterator, an object per step until the code is optimised.
    const start = item.span[0];
    const end = item.span[1];
    if (end > text.length) span(item.span, [...at, key], 'span');
    else if (end - start !== item.text.length || !text.startsWith(item.text, start)) {
      fail('the text differs from what its span covers', [...at, key], 'text');
    }
  };
  const unique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) fail(`duplicate id "${id}"`, [what, i], 'id');
      seen.add(id);
    });
    return seen;
  };

  const { meta } = article;
  span(meta.titleSpan, ['meta'], 'titleSpan');
  span(meta.bylineSpan, ['meta'], 'bylineSpan');
  span(meta.datelineSpan, ['meta'], 'datelineSpan');
  article.paragraphs.forEach((p, i) => span(p, ['paragraphs'], i));

  const quoteIds = unique(
    quotes.map((q) => q.id),
    'quotes',
  );
  const speakerIds = unique(
    article.speakers.map((s) => s.id),
    'speakers',
  );
  const refersTo = (id: string | null, ids: Set<string>, what: string, at: Path, key: string | number) => {
    if (id !== null && !ids.has(id)) fail(`refers to no ${what} "${id}"`, at, key);
  };

  quotes.forEach((q, i) => {
    const at: Path = ['quotes', i];
    span(q.span, at, 'span');
    span(q.content, at, 'content');
    if (q.content[0] < q.span[0] || q.content[1] > q.span[1]) {
      fail('the content lies outside the quotation', at, 'content');
    }
    quoted(q.cue, at, 'cue');
    quoted(q.mention, at, 'mention');
    refersTo(q.speakerId, speakerIds, 'speaker', at, 'speakerId');
    refersTo(q.parentId, quoteIds, 'quotation', at, 'parentId');
    refersTo(q.continuesId, quoteIds, 'quotation', at, 'continuesId');
    if (q.parentId === q.id || q.continuesId === q.id) {
      fail('a quotation cannot contain or continue itself', at);
    }
  });

  article.speakers.forEach((s, i) => {
    const mentions: Path = ['speakers', i, 'mentions'];
    const ids: Path = ['speakers', i, 'quoteIds'];
    s.mentions.forEach((m, j) => quoted(m, mentions, j));
    s.quoteIds.forEach((id, j) => refersTo(id, quoteIds, 'quotation', ids, j));
  });

  const counts = countQuotes(quotes);
  for (const key of ['total', 'direct', 'indirect', 'mixed'] as const) {
    if (article.stats.quotes[key] !== counts[key]) {
      fail(
        `says ${String(article.stats.quotes[key])} but the article has ${String(counts[key])}`,
        ['stats', 'quotes'],
        key,
      );
    }
  }
  return issues;
}
