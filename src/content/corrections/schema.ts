// Corrections to what the engine found, and the overrides file that carries them. A correction names one
// quotation of one article by its span and a short fingerprint of its words rather than by its id: ids are
// numbered by the engine (`q7`) and can change when it is re-run or improved, while the words stay.
//
// The file an editor drops into the content folder as overrides.json, and a reader downloads:
//   { "format": "verbatim-overrides", "version": 1, "corrections": [
//       { "article": "seed", "target": { "span": [1881, 1928], "text": "he personally had no…" },
//         "speaker": { "name": "Zamir Kabulov" } } ] }

import * as v from 'valibot';

import { ArticleIdSchema, defineSchema, QuoteKindSchema, SpanSchema, type Span } from '../schema';

export const OVERRIDES_FORMAT = 'verbatim-overrides';
export const OVERRIDES_VERSION = 1;
/** The file name the content build looks for in the content folder. */
export const OVERRIDES_FILE = 'overrides.json';

/** Code points of a quotation's words kept in its fingerprint: enough to tell quotations apart. */
export const FINGERPRINT_LENGTH = 60;
const WHITESPACE_RUN = /\s+/gu;

// Only valibot functions the page already ships (the Article schema's): the app validates these files with
// the same code, and anything new would add to the first download (test/budget).
const nonBlank = () =>
  v.pipe(
    v.string(),
    v.check((s) => s.trim() !== '', 'must not be empty'),
  );

const TargetSchema = v.strictObject({
  span: SpanSchema,
  /** The first words of the quotation, whitespace collapsed (`quoteFingerprint`). */
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(4 * FINGERPRINT_LENGTH)),
});
export type Target = v.InferOutput<typeof TargetSchema>;

/** Only people and organisations: a reader naming a group or an unknown speaker has the other choices. */
export const NEW_SPEAKER_KINDS = ['person', 'organisation'] as const;

/**
 * Who said it: `{ "name": "Zamir Kabulov" }`, a speaker the article has, by name (ids change between
 * engine runs, names do not); with a `kind` (and a `role` if known), someone the article does not name as
 * a speaker, added to it; `null`, nobody can honestly be named.
 */
const SpeakerChoiceSchema = v.nullable(
  v.strictObject({
    name: nonBlank(),
    kind: v.optional(v.picklist(NEW_SPEAKER_KINDS)),
    role: v.optional(v.nullable(nonBlank())),
  }),
);
export type SpeakerChoice = v.InferOutput<typeof SpeakerChoiceSchema>;

/** An ISO 8601 time in UTC, as `Date.prototype.toISOString` writes it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

const CorrectionSchema = v.pipe(
  v.strictObject({
    article: ArticleIdSchema,
    target: TargetSchema,
    speaker: v.optional(SpeakerChoiceSchema),
    kind: v.optional(QuoteKindSchema),
    /** Not a quotation at all: the words stay, the highlight goes. */
    rejected: v.optional(v.literal(true)),
    /** When it was made (ISO 8601), for the list of a reader's corrections. */
    at: v.optional(v.pipe(v.string(), v.regex(ISO_TIME, 'must be an ISO 8601 time in UTC'))),
  }),
  v.check(
    (c) => c.speaker !== undefined || c.kind !== undefined || c.rejected === true,
    'a correction must set a speaker, a kind or rejected',
  ),
);
export const Correction = defineSchema(CorrectionSchema);
export type Correction = v.InferOutput<typeof CorrectionSchema>;

const OverridesSchema = v.strictObject({
  format: v.literal(OVERRIDES_FORMAT, `must be "${OVERRIDES_FORMAT}"`),
  version: v.literal(OVERRIDES_VERSION, `must be ${String(OVERRIDES_VERSION)}`),
  corrections: v.pipe(v.array(CorrectionSchema), v.readonly()),
});
export const Overrides = defineSchema(OverridesSchema);
export type Overrides = v.InferOutput<typeof OverridesSchema>;

export const toOverrides = (corrections: readonly Correction[]): Overrides => ({
  format: OVERRIDES_FORMAT,
  version: OVERRIDES_VERSION,
  corrections,
});

/** `“We at one time   offered help…` → its first FINGERPRINT_LENGTH code points, whitespace collapsed. */
export function quoteFingerprint(text: string, [start, end]: Span): string {
  const words = text.slice(start, end).replace(WHITESPACE_RUN, ' ').trim();
  return [...words].slice(0, FINGERPRINT_LENGTH).join('');
}

/** The target naming the quotation at `span` of `text`. */
export const targetOf = (text: string, span: Span): Target => ({
  span,
  text: quoteFingerprint(text, span),
});

/** Whether two corrections are for the same quotation (the later one replaces the earlier). */
export const sameTarget = (a: Correction, b: Correction): boolean =>
  a.article === b.article &&
  a.target.text === b.target.text &&
  a.target.span[0] === b.target.span[0] &&
  a.target.span[1] === b.target.span[1];
