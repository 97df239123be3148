// The engine's public data shapes. Offsets are UTF-16 code units into `Analysis.text` (the article body,
// front matter removed), end-exclusive.

/** A half-open range [start, end) of UTF-16 code units. */
export type Span = readonly [start: number, end: number];

export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerKind = 'person' | 'organisation' | 'group' | 'unknown';
export type MentionKind = 'name' | 'pronoun' | 'descriptor';

export interface Mention {
  readonly span: Span;
  readonly text: string;
  readonly kind: MentionKind;
}

/**
 * What kind of cue: a reporting verb ("said", "told reporters", "pointed out"), a phrase ("according to"),
 * a dash before a name (“…” — Jane Roe) or a transcript label (PENCE: …).
 */
export type CueKind = 'verb' | 'phrase' | 'dash' | 'label';

export interface Cue {
  readonly span: Span;
  /** The cue as written: "said", "told reporters", "according to", "—", ":". */
  readonly text: string;
  readonly kind: CueKind;
  /** For a verb its dictionary form ("say"); otherwise the phrase ("according to"), "dash" or "label". */
  readonly lemma: string;
}

/**
 * How a quotation got its speaker: its own attribution; the attribution of the quotation it continues
 * (“…,” she said. “…”); or the context, when it stands alone after another speaker's quotation.
 */
export type SpeakerSource = 'attribution' | 'continuation' | 'context';

export interface Quote {
  readonly id: string;
  readonly kind: QuoteKind;
  /** The whole quotation, quotation marks included for direct quotes. */
  readonly span: Span;
  /** The words quoted, without the marks (equal to `span` for indirect quotes). */
  readonly content: Span;
  readonly cue: Cue | null;
  readonly speakerId: string | null;
  /** The mention the attribution rests on ("the diplomat"), which may differ from the speaker's name. */
  readonly mention: Mention | null;
  /** Null when there is no speaker. */
  readonly speakerSource: SpeakerSource | null;
  /**
   * How sure the engine is of the speaker, 0–1 (0 without one): about 0.95 for a name at the cue, 0.85 for
   * a role that names someone ("the diplomat") or a continuation, 0.8 for a pronoun, 0.6–0.75 for a
   * descriptor read from context, 0.65 for a quotation that takes the previous speaker; times 0.85 when a
   * quotation mark had to be repaired.
   */
  readonly confidence: number;
  /** The quotation this one is nested in. */
  readonly parentId: string | null;
  /** The earlier part of the same quotation when an attribution interrupts it (“…,” she said. “…”). */
  readonly continuesId: string | null;
  /** True when a quotation mark was missing and the engine chose where the quotation ends or starts. */
  readonly repaired: boolean;
}

export interface Speaker {
  readonly id: string;
  /** Canonical name: the fullest name seen ("Zamir Kabulov"), or the descriptor for unnamed speakers. */
  readonly name: string;
  /** False when no name was found and `name` is a descriptor such as "police". */
  readonly named: boolean;
  readonly kind: SpeakerKind;
  readonly roles: readonly string[];
  /** Other ways the article refers to the speaker: "Kabulov", "the diplomat", "he". */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  readonly quoteIds: readonly string[];
}

export interface ArticleMeta {
  readonly title: string | null;
  /** True when the title was made from the lead because the article had none. */
  readonly titleDerived: boolean;
  readonly titleSpan: Span | null;
  readonly date: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly bylineSpan: Span | null;
  readonly dateline: string | null;
  readonly datelineSpan: Span | null;
  readonly language: string | null;
}

export interface FrontMatterProblem {
  /** 1-based line in the input. */
  readonly line: number;
  readonly message: string;
}

export interface Analysis {
  readonly version: 1;
  /** The article body: the input without its front matter, unchanged character for character. */
  readonly text: string;
  /** Where `text` starts in the input (after the front matter). */
  readonly bodyOffset: number;
  readonly meta: ArticleMeta;
  /** Front matter fields as written, including unknown ones. */
  readonly frontMatter: Readonly<Record<string, string>>;
  readonly problems: readonly FrontMatterProblem[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
}
