// One colour per speaker, the same in the text, the sidebar and the cards. Colours are CSS variables
// (src/index.css, `--speaker-0` … `--speaker-7`, tuned for contrast in both themes); elements carry
// `data-speaker-color="3"` and the stylesheet does the rest, so no inline style is needed.

export const SPEAKER_COLORS = 8;

/** Speakers in the article's order (first quoted first); past eight, colours repeat. Null: no speaker. */
export function speakerColor(speakerIds: readonly string[], speakerId: string | null): number | null {
  if (speakerId === null) return null;
  const i = speakerIds.indexOf(speakerId);
  return i < 0 ? null : i % SPEAKER_COLORS;
}

/** `"Zamir Kabulov"` → `"ZK"`; `"the Taliban"` → `"T"`; at most two letters. */
export function initials(name: string): string {
  const words = name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => [...w][0] ?? '');
  const letters = words.length > 0 ? words : [[...name.trim()][0]?.toUpperCase() ?? '?'];
  return letters.length > 2 ? `${letters[0] ?? ''}${letters.at(-1) ?? ''}` : letters.join('');
}
