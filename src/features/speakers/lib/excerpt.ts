// Short previews of quotations for the sidebar.

const SPACES = /\s+/gu;
/** Punctuation left dangling before an ellipsis: `"the war, …"` reads better as `"the war…"`. */
const TRAILING_PUNCTUATION = /[\s,;:.\-–—(“‘"'«‹]+$/u;

export const EXCERPT_LENGTH = 160;

/**
 * The text on one line, cut at a word boundary to at most `max` characters (the ellipsis included) with
 * `…` when anything was cut. Counts code points, so an emoji or an astral letter is never split in half.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(SPACES, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // No space in the last stretch (one very long word, or a script without spaces): cut mid-word.
  const head = lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(TRAILING_PUNCTUATION, '')}…`;
}
