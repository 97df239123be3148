// Who gets how much of the article's quoted words. A word belongs to the innermost quotation around it, so
// the Taliban's words quoted inside Kabulov's quotation count for the Taliban and not for Kabulov too.

import { countWords } from '@/content/words';
import type { Quote } from '@/content/schema';

import type { Segment } from './segments';

export interface Voice {
  /** Null: the quotations nobody could be found for; '' the smaller voices of a long report, together. */
  readonly speakerId: string | null;
  readonly words: number;
  /** Whole percentages of all quoted words, adding up to 100. */
  readonly percent: number;
}

export interface Voices {
  readonly totalWords: number;
  /** Most words first; the unattributed share last. */
  readonly voices: readonly Voice[];
  /** How many speakers the '' voice holds (0: none). */
  readonly others: number;
}

/**
 * Speakers listed one by one, at most: a long report quotes hundreds, whose list would push the article
 * off the screen and take the phone a long moment to lay out. The rest share one voice.
 */
export const VOICE_ROWS = 8;

/**
 * The voices of the paragraphs as the reader lays them out (their segments, from the reader model): the
 * words counted are the words highlighted, and a long article is not cut into runs a second time.
 */
export function computeVoices(
  paragraphs: readonly (readonly Segment[])[],
  quotes: readonly Pick<Quote, 'id' | 'speakerId'>[],
): Voices {
  const speakerOf = new Map(quotes.map((q) => [q.id, q.speakerId]));
  const words = new Map<string | null, number>();
  const walk = (segments: readonly Segment[], owner: string | undefined) => {
    for (const s of segments) {
      if (s.type === 'quote') walk(s.children, s.quoteId);
      else if (owner !== undefined) {
        const speaker = speakerOf.get(owner) ?? null;
        words.set(speaker, (words.get(speaker) ?? 0) + countWords(s.text));
      }
    }
  };
  for (const segments of paragraphs) walk(segments, undefined);

  const counted = [...words.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a, m], [b, n]) => Number(a === null) - Number(b === null) || n - m);
  const totalWords = counted.reduce((sum, [, n]) => sum + n, 0);
  const others = counted.filter(([id]) => id !== null).length - VOICE_ROWS + 1;
  if (others > 1) {
    const rest = counted.splice(VOICE_ROWS - 1, others);
    counted.splice(VOICE_ROWS - 1, 0, ['', rest.reduce((sum, [, n]) => sum + n, 0)]);
  }
  const percents = wholePercents(counted.map(([, n]) => n));
  const voices = counted.map(([speakerId, n], i) => ({ speakerId, words: n, percent: percents[i] ?? 0 }));
  return { totalWords, voices, others: others > 1 ? others : 0 };
}

/**
 * Shares as whole percentages that add up to exactly 100 (largest remainder), so the legend never reads
 * 33 + 33 + 33.
 */
export function wholePercents(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
