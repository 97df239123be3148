// What a speaker card says about one quotation, in words: how sure, how the speaker was found, which
// words in the text point at the speaker.

import type { Quote, Speaker } from '@/content/schema';

export function confidenceWords(confidence: number): string {
  const level = confidence >= 0.85 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
  return `${level} (${confidence.toFixed(2)})`;
}

const SOURCES: Record<NonNullable<Quote['speakerSource']>, string> = {
  attribution: 'named where it is quoted',
  continuation: 'continues an earlier quotation',
  context: 'the surrounding text',
};

export const sourceWords = (source: Quote['speakerSource']): string | null =>
  source === null ? null : SOURCES[source];

/** `the diplomat → Zamir Kabulov`; just the name when the text names the speaker outright. */
export function mentionWords(mention: Quote['mention'], speaker: Pick<Speaker, 'name'>): string | null {
  if (mention === null) return null;
  return mention.text === speaker.name ? speaker.name : `${mention.text} → ${speaker.name}`;
}

export const KIND_WORDS: Record<Quote['kind'], string> = {
  direct: 'direct quotation',
  indirect: 'indirect quotation (reported)',
  mixed: 'mixed quotation (partly quoted)',
};

export const SPEAKER_KIND_WORDS: Record<Speaker['kind'], string> = {
  person: 'person',
  organisation: 'organisation',
  group: 'group',
  unknown: 'speaker',
};
