// Corrections applied to an article: the same code at build time (an editor's overrides.json) and in the
// browser (a reader's own), so both give the same article. Pure; the result is a new, valid Article.
//   1. match     each correction of this article to a quotation: its fingerprint, then its span
//   2. merge     corrections of one quotation, later ones winning field by field
//   3. speakers  resolve names to the article's speakers, adding new ones with ids that cannot clash
//   4. quotes    rejected ones removed (their nested quotations and continuations re-linked past them),
//                corrected ones changed and marked `corrected`
//   5. assemble  speakers' quoteIds and the quotation counts recomputed from the quotations

import { countQuotes } from '../count-quotes';
import type { Article, Quote, QuoteKind, Speaker } from '../schema';
import { quoteFingerprint, type Correction, type SpeakerChoice, type Target } from './schema';

export type UnmatchedReason = 'no-quotation' | 'no-speaker';

export interface Unmatched {
  readonly correction: Correction;
  readonly reason: UnmatchedReason;
}

export interface Applied {
  readonly correction: Correction;
  /** The quotation's id in the article as the engine made it. */
  readonly quoteId: string;
}

export interface CorrectionResult {
  readonly article: Article;
  readonly applied: readonly Applied[];
  readonly unmatched: readonly Unmatched[];
}

/** A speaker added by a correction: `corrected-1`, `corrected-2`… skipping any id the article has. */
const NEW_SPEAKER_PREFIX = 'corrected-';

interface Change {
  speaker?: SpeakerChoice;
  kind?: QuoteKind;
  rejected?: true;
}

/**
 * Applies the corrections made for this article (others are ignored, not unmatched); returns the article
 * itself when none applies.
 */
export function applyCorrections(article: Article, corrections: readonly Correction[]): CorrectionResult {
  const mine = corrections.filter((c) => c.article === article.id);
  const applied: Applied[] = [];
  const unmatched: Unmatched[] = [];
  const changes = new Map<string, Change>();
  const locate = quoteLocator(article);

  // 1–2. match and merge
  for (const correction of mine) {
    const quote = locate(correction.target);
    if (!quote) {
      unmatched.push({ correction, reason: 'no-quotation' });
      continue;
    }
    const { speaker, kind, rejected } = correction;
    if (speaker && !speaker.kind && !findSpeaker(article.speakers, speaker.name)) {
      unmatched.push({ correction, reason: 'no-speaker' });
      continue;
    }
    const change = changes.get(quote.id) ?? {};
    if (speaker !== undefined) change.speaker = speaker;
    if (kind) change.kind = kind;
    if (rejected) change.rejected = rejected;
    changes.set(quote.id, change);
    applied.push({ correction, quoteId: quote.id });
  }
  if (changes.size === 0) return { article, applied, unmatched };

  // 3. speakers
  const speakers = [...article.speakers];
  const speakerIdFor = (choice: SpeakerChoice): string | null => {
    if (choice === null) return null;
    const found = findSpeaker(speakers, choice.name);
    // An existing speaker was found in step 1; a new one with the name of another is that other.
    if (found || !choice.kind) return found?.id ?? null;
    const added = newSpeaker({ ...choice, kind: choice.kind }, speakers);
    speakers.push(added);
    return added.id;
  };
  // In the order the corrections came, so the first to name a new speaker decides how it is written.
  const speakerOf = new Map<string, string | null>();
  for (const [quoteId, { speaker }] of changes) {
    if (speaker !== undefined) speakerOf.set(quoteId, speakerIdFor(speaker));
  }

  // 4. quotes
  const byId = new Map(article.quotes.map((q) => [q.id, q]));
  const rejected = new Set([...changes].filter(([, c]) => c.rejected).map(([id]) => id));
  // `q9` nested in a rejected `q8` is nested in whatever held `q8`, or in nothing.
  const pastRejected = (id: string | null, link: 'parentId' | 'continuesId'): string | null => {
    let current = id;
    const seen = new Set<string>();
    while (current !== null && rejected.has(current) && !seen.has(current)) {
      seen.add(current);
      current = byId.get(current)?.[link] ?? null;
    }
    return current !== null && rejected.has(current) ? null : current;
  };
  const quotes: Quote[] = article.quotes
    .filter((q) => !rejected.has(q.id))
    .map((q) => {
      const relinked = {
        ...q,
        parentId: pastRejected(q.parentId, 'parentId'),
        continuesId: pastRejected(q.continuesId, 'continuesId'),
      };
      const change = changes.get(q.id);
      if (!change) return relinked;
      const speakerId = speakerOf.get(q.id);
      return {
        ...relinked,
        kind: change.kind ?? q.kind,
        ...(speakerId !== undefined && {
          speakerId,
          // The engine's mention and reasoning were for the speaker it chose; a person decided this one.
          mention: null,
          speakerSource: null,
          confidence: 1,
        }),
        corrected: true,
      };
    });

  // 5. assemble
  const quoteIdsOf = new Map<string, string[]>();
  for (const q of quotes) {
    if (q.speakerId !== null) quoteIdsOf.set(q.speakerId, [...(quoteIdsOf.get(q.speakerId) ?? []), q.id]);
  }
  return {
    article: {
      ...article,
      quotes,
      speakers: speakers.map((s) => ({ ...s, quoteIds: quoteIdsOf.get(s.id) ?? [] })),
      stats: { ...article.stats, quotes: countQuotes(quotes) },
    },
    applied,
    unmatched,
  };
}

/**
 * Finds a target's quotation: among those with its fingerprint, the one at its span, else the nearest
 * (the text was edited before it, so everything after moved). None when no quotation has its words.
 */
export function quoteLocator(article: Pick<Article, 'text' | 'quotes'>): (target: Target) => Quote | null {
  const byPrint = new Map<string, Quote[]>();
  for (const q of article.quotes) {
    const print = quoteFingerprint(article.text, q.span);
    byPrint.set(print, [...(byPrint.get(print) ?? []), q]);
  }
  return ({ span, text }) => {
    let best: Quote | null = null;
    let bestDistance = Infinity;
    for (const q of byPrint.get(text) ?? []) {
      const distance = Math.abs(q.span[0] - span[0]) + Math.abs(q.span[1] - span[1]);
      if (distance < bestDistance) [best, bestDistance] = [q, distance];
    }
    return best;
  };
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/** A speaker by name, ignoring case: `"zamir kabulov"` finds Zamir Kabulov. */
export const findSpeaker = (speakers: readonly Speaker[], name: string): Speaker | undefined =>
  speakers.find((s) => sameName(s.name, name));

function newSpeaker(
  choice: NonNullable<SpeakerChoice> & { kind: Speaker['kind'] },
  speakers: readonly Speaker[],
): Speaker {
  const ids = new Set(speakers.map((s) => s.id));
  let n = 1;
  while (ids.has(`${NEW_SPEAKER_PREFIX}${String(n)}`)) n++;
  return {
    id: `${NEW_SPEAKER_PREFIX}${String(n)}`,
    name: choice.name.trim(),
    named: true,
    kind: choice.kind,
    roles: choice.role ? [choice.role.trim()] : [],
    aliases: [],
    mentions: [],
    quoteIds: [],
  };
}
