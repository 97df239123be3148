// An article's snippet text file (format.ts, SnippetText): written by the content build, one per bundled
// article, and read back by the app as the ArticleText a snippet is cut from. Both directions live here so
// that what the build leaves out is exactly what present.ts never reads.

import { INDEX_VERSION, SnippetText, snippetTextPath } from './format';
import type { ArticleText } from './present';

type IdentifiedText = ArticleText & { readonly id: string };

/** The file for `article`, as the content build emits it: `[path under content/, validated value]`. */
export const snippetTextFile = (article: IdentifiedText): readonly [string, SnippetText] => [
  snippetTextPath(article.id),
  SnippetText.parse(toSnippetText(article)),
];

export function toSnippetText(article: IdentifiedText): SnippetText {
  const quoted = new Set(article.quotes.map((q) => q.speakerId));
  return {
    v: INDEX_VERSION,
    id: article.id,
    text: article.text,
    paragraphs: article.paragraphs,
    quotes: article.quotes.map((q) => [q.id, q.kind, q.content[0], q.content[1], q.speakerId] as const),
    speakers: article.speakers.filter((s) => quoted.has(s.id)).map((s) => [s.id, s.name] as const),
  };
}

export const fromSnippetText = (file: SnippetText): ArticleText => ({
  text: file.text,
  paragraphs: file.paragraphs,
  quotes: file.quotes.map(([id, kind, start, end, speakerId]) => ({
    id,
    kind,
    content: [start, end],
    speakerId,
  })),
  speakers: file.speakers.map(([id, name]) => ({ id, name })),
});
