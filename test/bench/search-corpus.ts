// The benchmark's archive as the content build makes it: each generated source through the real engine
// and toArticleInput, so quotations, speakers and metadata are what a real build would index. The sizes
// of the article file and of its snippet text file are kept (results fetch one of them for snippets), then
// the parts search never reads are dropped, so 100,000 articles fit in memory.

import { gzipSync } from 'node:zlib';

import { analyze } from '@/analysis';
import { toArticleInput, toCatalogEntry } from '@/content/derive';
import { articlePath } from '@/content/paths';
import type { Article, CatalogEntry } from '@/content/schema';
import { snippetTextFile } from '@/content/search/snippet-text';
import { serializeContent } from '@/content/serialize';

import { generateNewsArticle } from './news-corpus';

export interface Sized {
  readonly raw: number;
  readonly gzip: number;
}

export interface BenchCorpus {
  readonly articles: readonly Article[];
  /** Each article's files as the build writes them, by path: its article file and its snippet text file. */
  readonly articleFiles: ReadonlyMap<string, Sized>;
  readonly catalog: Sized;
  readonly sourceBytes: number;
  readonly quotes: number;
  readonly seconds: number;
}

export const CORPUS_SEED = 20260401;

const encoder = new TextEncoder();
export const sized = (text: string): Sized => ({
  raw: encoder.encode(text).length,
  gzip: gzipSync(text).length,
});

export function sourceOf(index: number): { id: string; text: string } {
  return generateNewsArticle(CORPUS_SEED, index);
}

export function buildCorpus(n: number, onProgress?: (done: number) => void): BenchCorpus {
  const t0 = performance.now();
  const articles: Article[] = [];
  const articleFiles = new Map<string, Sized>();
  const catalog: CatalogEntry[] = [];
  let sourceBytes = 0;
  let quotes = 0;
  for (let i = 0; i < n; i++) {
    const { id, text } = sourceOf(i);
    sourceBytes += encoder.encode(text).length;
    // The build validates with Article.parse; the engine's output already has this shape.
    const article = toArticleInput(analyze(text), { id, sourceFile: `${id}.txt` }) as Article;
    articleFiles.set(articlePath(id), sized(serializeContent(article)));
    const [textPath, snippetText] = snippetTextFile(article);
    articleFiles.set(textPath, sized(serializeContent(snippetText)));
    catalog.push(toCatalogEntry(article));
    quotes += article.quotes.length;
    articles.push(slim(article));
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  }
  const catalogText = serializeContent({ schemaVersion: 1, articles: catalog });
  return {
    articles,
    articleFiles,
    catalog: sized(catalogText),
    sourceBytes,
    quotes,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** What search reads of an article, and nothing else. */
const slim = (a: Article): Article => ({
  ...a,
  quotes: a.quotes.map((q) => ({ ...q, cue: null, mention: null })),
  speakers: a.speakers.map((s) => ({ ...s, mentions: [], aliases: [] })),
});
