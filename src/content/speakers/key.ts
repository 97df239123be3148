// A speaker's key: how the same name written differently in two articles is known to be the same name,
// and the URL segment and file name of the speaker's page (`#/speakers/jose-alvarez`,
// `content/speakers/jose-alvarez.json`). Pure and small: the sidebar and search compute it to link to a page.

const COMBINING_MARKS = /\p{M}+/gu;
/** Latin letters Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const UNDECOMPOSED_LETTER = /[øłđðþßæœı]/g;
const NOT_KEY_CHARS = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
/** Letters left over once accents are folded: another script, kept apart by a hash. */
const NON_ASCII_LETTER = /[^\p{ASCII}]/u;

/**
 * Courtesy titles and the article, dropped from the front of a name: `Mr. Jose Alvarez` is Jose Alvarez,
 * `the Taliban` the Taliban. Roles (`President`, `Mayor`) are not here: the engine keeps those out of
 * names already, and a role word may also be a surname.
 */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'reverend',
  'hon',
  'the',
]);

/** Case, accents, punctuation and spacing folded: `José  Álvarez` → `jose alvarez`. */
export function foldName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c] ?? c)
    .split(WORD_BREAK)
    .filter(Boolean);
  // Never drop the last word: a speaker named just "Sir" is still someone.
  while (words.length > 1 && TITLES.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/**
 * `Mr. José Álvarez` → `jose-alvarez`. A name in another script (`Сергей Лавров`) keeps what it has in
 * ASCII and gains a hash of its folded form, so two such names never share a key: `speaker-1a2b3c4d`.
 */
export function speakerKey(name: string): string {
  const folded = foldName(name);
  const ascii = folded.replace(NOT_KEY_CHARS, '-').replace(EDGE_HYPHENS, '').slice(0, 60);
  if (!NON_ASCII_LETTER.test(folded) && ascii) return ascii;
  return `${ascii || 'speaker'}-${fnv(folded)}`;
}

/** The key of a speaker the engine could not name ("a spokesman"): one article's, never merged. */
export const unnamedSpeakerKey = (name: string, articleId: string): string =>
  `${speakerKey(name)}--${articleId}`;

/** The key a page about this speaker of this article is found by (a merged name leads to its page). */
export const keyOf = (speaker: { name: string; named: boolean }, articleId: string): string =>
  speaker.named ? speakerKey(speaker.name) : unnamedSpeakerKey(speaker.name, articleId);

/** FNV-1a, as the search index names its shards: stable, short, no dependency. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
