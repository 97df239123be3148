// A reproducible news archive for the search benchmark: articles of about 600 words whose vocabulary
// follows Zipf's law, so the index has what a real one has (a few terms in nearly every article, a long
// tail of rare ones, a dictionary that keeps growing with the archive), mixed with the quotation
// paragraphs of corpus.ts so the engine finds real quotations and speakers.
//
// Article i of a seed is the same on every machine and does not depend on the others, so 1,000, 10,000
// and 100,000 articles are prefixes of one archive.

import {
  articleSeed,
  cap,
  CURLY,
  FIRST_NAMES,
  GUILLEMETS,
  makeRng,
  PLACES,
  SINGLE,
  STRAIGHT,
  Writer,
  type Rng,
} from './corpus';

/** The most frequent English words, most frequent first: the head of the distribution. */
const HEAD = (
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or have ' +
  'an they which one you were her all she there would their we him been has when who will more no if out ' +
  'so said what up its about into than them can only other new some could time these two may then do ' +
  'first any my now such like our over man me even most made after also did many before must through ' +
  'back years where much your way well down should because each just those people how too little state ' +
  'good very make world still own see men work long get here between both life being under never day ' +
  'same another know while last might us great old year off come since against go came right used take ' +
  'three government city council minister police week report plan public percent million'
).split(' ');

const DICTIONARY_SIZE = 200_000;
/** Zipf's exponent: about 1 for English. */
const ZIPF_S = 1.0;
const CONSONANTS = 'bcdfghjklmnprstvwz';
const CLUSTERS = ['br', 'ch', 'cl', 'dr', 'gr', 'pl', 'sh', 'st', 'th', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'ai', 'ou', 'ea'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'nd', 'st', 'ng'];

/** A pronounceable invented word, the same for the same rank. */
function inventWord(rng: Rng): string {
  const syllables = 1 + rng.int(3) + (rng.chance(0.3) ? 1 : 0);
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += rng.chance(0.2) ? rng.pick(CLUSTERS) : rng.pick([...CONSONANTS]);
    word += rng.pick(VOWELS);
  }
  return word + rng.pick(CODAS);
}

interface Lexicon {
  readonly words: readonly string[];
  /** Cumulative Zipf weights, ending at 1. */
  readonly cdf: Float64Array;
}

let lexicon: Lexicon | null = null;

/** The dictionary: real words first, then invented ones, all distinct; built once. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const rng = makeRng(0x5eed);
  const seen = new Set<string>(HEAD);
  const words = [...HEAD];
  while (words.length < DICTIONARY_SIZE) {
    const word = inventWord(rng);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cdf = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) cdf[r] = sum += 1 / (r + 1) ** ZIPF_S;
  for (let r = 0; r < words.length; r++) cdf[r] = (cdf[r] ?? 0) / sum;
  return (lexicon = { words, cdf });
}

/** A word of the dictionary drawn by frequency; `from` skips the most frequent ranks (for names, titles). */
export function zipfWord(rng: Rng, from = 0): string {
  const { words, cdf } = getLexicon();
  const low = from > 0 ? (cdf[from - 1] ?? 0) : 0;
  const target = low + rng.next() * (1 - low);
  let lo = from;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] ?? 1) < target) lo = mid + 1;
    else hi = mid;
  }
  return words[lo] ?? 'the';
}

/** Word ranks at which content words start: below it are the function words. */
const CONTENT_FROM = 120;
const SOURCES = ['The Eastbrook Ledger', 'Westmarch Courier', 'Port Alder Post', 'Halden Daily', 'Wire'];

function sentence(rng: Rng): string {
  const length = 8 + rng.int(17);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    words.push(zipfWord(rng));
    if (i > 2 && i < length - 2 && rng.chance(0.06)) words[words.length - 1] += ',';
  }
  return `${cap(words.join(' '))}.`;
}

const wordCount = (text: string): number => text.split(' ').length;

export interface NewsArticle {
  /** Also the file name without `.txt`. */
  readonly id: string;
  /** The source file: front matter, then the body. */
  readonly text: string;
}

/** Article `index` of the archive `seed`: front matter (title, date, source), a byline, ~600 words. */
export function generateNewsArticle(seed: number, index: number): NewsArticle {
  const rng = makeRng(articleSeed(seed, index) ^ 0x2545f491);
  const place = rng.pick(PLACES);
  const r = rng.next();
  const marks = r < 0.6 ? CURLY : r < 0.85 ? STRAIGHT : r < 0.97 ? SINGLE : GUILLEMETS;
  // Surnames from the dictionary's long tail: some people are in many articles, most in a few.
  const writer = new Writer(rng, place, marks, (g) => cap(zipfWord(g, 2_000)));
  const titleWords = Array.from({ length: 4 + rng.int(5) }, (_, i) =>
    zipfWord(rng, i % 2 === 0 ? CONTENT_FROM : 0),
  );
  const title = cap(titleWords.join(' '));
  const day = new Date(Date.UTC(2015, 0, 1) + rng.int(10 * 365) * 86_400_000).toISOString().slice(0, 10);
  const target = 400 + rng.int(400);
  const paragraphs = [
    `By ${rng.pick(FIRST_NAMES)[0]} ${cap(zipfWord(rng, 2_000))}`,
    `${place.toUpperCase()} — ${sentence(rng)}`,
  ];
  let words = paragraphs.reduce((sum, p) => sum + wordCount(p), 0);
  while (words < target) {
    const next = rng.chance(0.45)
      ? writer.paragraphs()
      : [Array.from({ length: 1 + rng.int(4) }, () => sentence(rng)).join(' ')];
    for (const p of next) {
      paragraphs.push(p);
      words += wordCount(p);
    }
  }
  const front = ['---', `title: ${title}`, `date: ${day}`, `source: ${rng.pick(SOURCES)}`, '---'];
  return {
    id: `a${String(index).padStart(6, '0')}`,
    text: `${front.join('\n')}\n${paragraphs.join('\n\n')}\n`,
  };
}
