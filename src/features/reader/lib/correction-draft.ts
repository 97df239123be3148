// The correction form's state and what it saves: only what the reader changed, on top of their earlier
// correction of the same quotation (which the new one replaces), aimed at the quotation by its words.

import { quoteLocator } from '@/content/corrections/apply';
import { targetOf, type Correction, type SpeakerChoice } from '@/content/corrections/schema';
import type { Article, Quote, QuoteKind } from '@/content/schema';

/** The speaker `<select>`'s value: a speaker's id, or one of these. */
export const UNKNOWN = ':unknown';
export const SOMEONE_ELSE = ':new';

export interface Draft {
  readonly speaker: string;
  readonly name: string;
  readonly newKind: 'person' | 'organisation';
  readonly role: string;
  readonly kind: QuoteKind;
  readonly rejected: boolean;
}

export const draftOf = (quote: Quote): Draft => ({
  speaker: quote.speakerId ?? UNKNOWN,
  name: '',
  newKind: 'person',
  role: '',
  kind: quote.kind,
  rejected: false,
});

/** The reader's latest correction of this quotation, if they made one. */
export function correctionOf(
  article: Article,
  quote: Quote,
  corrections: readonly Correction[],
): Correction | undefined {
  const locate = quoteLocator(article);
  return corrections.filter((c) => c.article === article.id && locate(c.target)?.id === quote.id).at(-1);
}

export type DraftResult =
  | { readonly ok: true; readonly correction: Correction | null }
  | { readonly ok: false; readonly problem: 'name' };

/** The correction to save; null when the draft changes nothing. `at` is when it is made (ISO 8601). */
export function toCorrection(
  article: Article,
  quote: Quote,
  earlier: Correction | undefined,
  draft: Draft,
  at: string,
): DraftResult {
  const target = earlier?.target ?? targetOf(article.text, quote.span);
  if (draft.rejected) return { ok: true, correction: { article: article.id, target, rejected: true, at } };
  let speaker: SpeakerChoice | undefined = earlier?.speaker;
  if (draft.speaker === SOMEONE_ELSE) {
    const name = draft.name.trim();
    if (name === '') return { ok: false, problem: 'name' };
    speaker = { name, kind: draft.newKind, role: draft.role.trim() || null };
  } else if (draft.speaker !== (quote.speakerId ?? UNKNOWN)) {
    const chosen = article.speakers.find((s) => s.id === draft.speaker);
    speaker = chosen ? { name: chosen.name } : null;
  }
  const kind = draft.kind !== quote.kind ? draft.kind : earlier?.kind;
  if (speaker === undefined && kind === undefined) return { ok: true, correction: null };
  return {
    ok: true,
    correction: {
      article: article.id,
      target,
      ...(speaker !== undefined && { speaker }),
      ...(kind && { kind }),
      at,
    },
  };
}
