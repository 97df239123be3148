// The speaker files: `speakers/index.json`, every quoted speaker of the corpus in a line, and
// `speakers/<key>.json`, one speaker's page (their quotations, where each name came from, who else is
// quoted beside them). Written by the content build (build-speakers.ts), validated by the app on load.

import * as v from 'valibot';

import { ArticleIdSchema, defineSchema, SCHEMA_VERSION } from '../schema';

/** `jose-alvarez`; an unnamed speaker's carries its article: `port-office--ferry-service`. */
const KEY_PATTERN = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const KeySchema = v.pipe(
  v.string(),
  v.maxLength(200, 'a key is at most 200 characters'),
  v.regex(KEY_PATTERN, 'a key is lower-case ASCII letters and digits joined by hyphens'),
);

const nonEmpty = () => v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.readonly());
const Count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'));
const SpeakerKindSchema = v.picklist(['person', 'organisation', 'group', 'unknown']);
const SpanSchema = v.pipe(v.strictTuple([v.number(), v.number()]), v.readonly());

const IndexEntrySchema = v.strictObject({
  key: KeySchema,
  name: nonEmpty(),
  kind: SpeakerKindSchema,
  /** Quotations across the corpus. */
  count: Count,
  /** The articles quoting them, newest first. */
  articles: list(ArticleIdSchema),
  /** Every other name they go by: as written elsewhere, surnames, descriptors. */
  aliases: list(v.string()),
  /** The folded names (speakerKey) merged into this one: what a link made from any of them resolves by. */
  variants: list(KeySchema),
});
export type SpeakerIndexEntry = v.InferOutput<typeof IndexEntrySchema>;

const SpeakerIndexSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${String(SCHEMA_VERSION)}`),
  /** Most quoted first. */
  speakers: list(IndexEntrySchema),
});
export const SpeakerIndex = defineSchema(SpeakerIndexSchema, (index) => {
  const seen = new Set<string>();
  return index.speakers.flatMap((s, i) => {
    const duplicate = seen.has(s.key);
    seen.add(s.key);
    return duplicate ? [{ path: ['speakers', i, 'key'], message: `duplicate key "${s.key}"` }] : [];
  });
});
export type SpeakerIndex = v.InferOutput<typeof SpeakerIndexSchema>;

/**
 * How an article's speaker joined this page: the same name once folded (`Jose Alvarez`, `José Álvarez`),
 * or a surname alone that only one full name in the corpus ends with (`Alvarez`).
 */
const MergeReasonSchema = v.picklist(['name', 'surname']);
export type MergeReason = v.InferOutput<typeof MergeReasonSchema>;

const AppearanceSchema = v.strictObject({
  articleId: ArticleIdSchema,
  title: nonEmpty(),
  date: v.nullable(v.string()),
  source: v.nullable(v.string()),
  /** The article's own address, when it gives one. */
  url: v.nullable(v.string()),
  /** The name as that article writes it, and the engine's id for the speaker there. */
  name: nonEmpty(),
  speakerId: nonEmpty(),
  via: MergeReasonSchema,
  roles: list(v.string()),
  count: Count,
});
export type Appearance = v.InferOutput<typeof AppearanceSchema>;

const SpeakerQuoteSchema = v.strictObject({
  articleId: ArticleIdSchema,
  quoteId: nonEmpty(),
  kind: v.picklist(['direct', 'indirect', 'mixed']),
  /** The words inside the marks. */
  text: v.string(),
  cue: v.nullable(v.string()),
  /** Where the quotation sits in its article's text, to open the reader on it. */
  span: SpanSchema,
});
export type SpeakerQuote = v.InferOutput<typeof SpeakerQuoteSchema>;

const CoQuotedSchema = v.strictObject({
  key: KeySchema,
  name: nonEmpty(),
  /** Articles quoting both. */
  shared: Count,
});
export type CoQuoted = v.InferOutput<typeof CoQuotedSchema>;

const SpeakerPageSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${String(SCHEMA_VERSION)}`),
  key: KeySchema,
  name: nonEmpty(),
  kind: SpeakerKindSchema,
  aliases: list(v.string()),
  /** One per article quoting them, oldest first (undated last): what was merged, and the roles over time. */
  appearances: list(AppearanceSchema),
  /** In the order of `appearances`, then of the text. */
  quotes: list(SpeakerQuoteSchema),
  /** Most shared articles first. */
  coQuoted: list(CoQuotedSchema),
  /**
   * Speakers who may be this one but were kept apart because the name could be several people: on
   * `Okafor`'s page Ruth and Maria Okafor, on theirs `Okafor`.
   */
  ambiguous: list(v.strictObject({ name: nonEmpty(), key: KeySchema })),
});
export const SpeakerPage = defineSchema(SpeakerPageSchema, (page) => {
  const articles = new Set(page.appearances.map((a) => a.articleId));
  return page.quotes.flatMap((q, i) =>
    articles.has(q.articleId)
      ? []
      : [{ path: ['quotes', i, 'articleId'], message: `no appearance in "${q.articleId}"` }],
  );
});
export type SpeakerPage = v.InferOutput<typeof SpeakerPageSchema>;
