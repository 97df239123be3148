// What stage 7 finds and the stages after it read: each quotation, direct or reported, with the cue and the
// subject it rests on.

import type { Subject } from './06a-subjects';
import type { QuoteKind } from './types';

export interface CueRef {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
}

export interface Attribution {
  readonly cue: CueRef;
  readonly subject: Subject;
  /** Token range the attribution occupies (cue and subject), to recognise what follows it. */
  readonly first: number;
  readonly last: number;
}

export interface Found {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  attribution: Attribution | null;
  /** The quotation this one is nested in. */
  parent: Found | null;
  /** The earlier part of an interrupted quotation. */
  continues: Found | null;
  /** A quotation whose speaker this one takes (a quotation that stands alone after another). */
  inherits: Found | null;
  readonly repaired: boolean;
  /** Quoted span index for direct quotations. */
  readonly quoted: number | null;
}

/** How far back a quotation closing in this sentence may have opened (a long, multi-paragraph one). */
export const MAX_SPAN_BACK = 20_000;
