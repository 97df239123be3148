// The benchmark's queries, drawn from the corpus with a fixed seed so every run asks the same: names,
// common and rare words, phrases, prefixes as typed, typos, and two-word queries.

import type { Article } from '@/content/schema';
import { docEntry } from '@/content/search/document';
import { tokenize } from '@/content/search/tokenize';

import { makeRng, type Rng } from './corpus';

export type QueryKind = 'name' | 'common' | 'rare' | 'phrase' | 'prefix' | 'typo' | 'two words';

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
}

const MIX: readonly (readonly [QueryKind, number])[] = [
  ['name', 40],
  ['common', 30],
  ['rare', 20],
  ['phrase', 30],
  ['prefix', 30],
  ['typo', 30],
  ['two words', 20],
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PLAIN_WORD = /^[a-z]+$/;

export function benchQueries(articles: readonly Article[], seed = 42): BenchQuery[] {
  const rng = makeRng(seed);
  const bodyWords = (a: Article) => tokenize(a.text).map((t) => t.term);
  const anyArticle = () => articles[rng.int(articles.length)] ?? never();
  const word = (min: number, rngLocal: Rng = rng): string => {
    for (;;) {
      const words = bodyWords(anyArticle());
      const w = words[rngLocal.int(words.length)] ?? '';
      if (w.length >= min && PLAIN_WORD.test(w)) return w;
    }
  };
  const make: Record<QueryKind, () => string> = {
    name: () => {
      for (;;) {
        const speakers = docEntry(anyArticle()).speakers;
        const s = speakers[rng.int(speakers.length)];
        if (!s) continue;
        const name = s[1];
        return rng.chance(0.5) ? name : (name.split(' ').at(-1) ?? name);
      }
    },
    common: () => word(3),
    rare: () => word(9),
    phrase: () => {
      for (;;) {
        const words = bodyWords(anyArticle());
        const at = rng.int(Math.max(1, words.length - 3));
        const n = 2 + rng.int(2);
        const slice = words.slice(at, at + n);
        if (slice.length === n && slice.every((w) => PLAIN_WORD.test(w))) return `"${slice.join(' ')}"`;
      }
    },
    prefix: () => {
      const w = word(6);
      return w.slice(0, 2 + rng.int(3));
    },
    typo: () => {
      const w = word(6);
      const at = 1 + rng.int(w.length - 2);
      return w.slice(0, at) + (LETTERS[rng.int(26)] ?? 'x') + w.slice(at + 1);
    },
    'two words': () => {
      for (;;) {
        const words = bodyWords(anyArticle()).filter((w) => w.length >= 4 && PLAIN_WORD.test(w));
        const a = words[rng.int(words.length)];
        const b = words[rng.int(words.length)];
        if (a && b && a !== b) return `${a} ${b}`;
      }
    },
  };
  return MIX.flatMap(([kind, n]) => Array.from({ length: n }, () => ({ kind, text: make[kind]() })));
}

function never(): never {
  throw new Error('empty corpus');
}
