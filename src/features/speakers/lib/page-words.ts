// Words for the speaker page. Its own, not the sidebar's: a module both import would become a chunk of
// its own that the reader's first download has to fetch too (test/budget).

import type { SpeakerKind } from '@/content/schema';

export const count = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

export const KIND_WORDS: Record<SpeakerKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  group: 'Group',
  unknown: 'Unidentified',
};
