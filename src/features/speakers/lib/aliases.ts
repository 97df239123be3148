// The other names a speaker goes by in the article, so a reader can match "the diplomat" in the text to
// the row that says Zamir Kabulov.

import type { Speaker } from '@/content/schema';

const SPACES = /\s+/gu;

const key = (s: string): string => s.replace(SPACES, ' ').trim().toLocaleLowerCase();

/**
 * Names and descriptors from the speaker's mentions, in the order they first appear, without the
 * speaker's own name, pronouns ("he" says nothing) or repeats that differ only in case or spacing:
 * `Kabulov, the presidential envoy, the diplomat` for Zamir Kabulov.
 */
export function collectAliases(speaker: Pick<Speaker, 'name' | 'mentions'>): string[] {
  const seen = new Set([key(speaker.name)]);
  const aliases: string[] = [];
  for (const m of speaker.mentions) {
    if (m.kind === 'pronoun') continue;
    const text = m.text.replace(SPACES, ' ').trim();
    const k = key(text);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    aliases.push(text);
  }
  return aliases;
}
