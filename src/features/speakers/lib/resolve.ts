// Which speaker a `#/speakers/<…>` URL means. Links are made from what their page knows: a key, or just a
// name (the sidebar and search know a speaker's name as one article writes it, not the corpus's key).

import { speakerKey } from '@/content/speakers/key';
import type { SpeakerIndex, SpeakerIndexEntry } from '@/content/speakers/schema';

export type Resolution =
  | { readonly kind: 'found'; readonly entry: SpeakerIndexEntry }
  | { readonly kind: 'choose'; readonly entries: readonly SpeakerIndexEntry[] }
  | { readonly kind: 'none' };

/**
 * The speaker whose key it is; else whose merged names fold to it (`Alvarez` → José Álvarez); several
 * when it could be more than one (`council`, quoted in two articles, is two speakers).
 */
export function resolveSpeaker(index: SpeakerIndex, asked: string): Resolution {
  const folded = speakerKey(asked);
  const exact = index.speakers.find((s) => s.key === asked) ?? index.speakers.find((s) => s.key === folded);
  if (exact) return { kind: 'found', entry: exact };
  const entries = index.speakers.filter((s) => s.variants.includes(folded));
  if (entries.length === 1 && entries[0]) return { kind: 'found', entry: entries[0] };
  return entries.length > 1 ? { kind: 'choose', entries } : { kind: 'none' };
}
