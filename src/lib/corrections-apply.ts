// The reader's corrections applied to an article as it loads (src/lib/api/article.ts): a chunk of its own,
// fetched only by a reader who has made corrections.

import { applyCorrections } from '@/content/corrections/apply';
import type { Article } from '@/content/schema';

import { correctionsFor } from './corrections';

export const withCorrections = (article: Article): Article =>
  applyCorrections(article, correctionsFor(article.id)).article;
