// Everything the app's search needs at run time, in one module it loads on demand (`import()` on focus of
// the search field or on the results page), so neither this code nor the index is in the first bundle.

export { layout, type DocEntry } from './document';
export { allowedDocs, browse, FacetShard, facetFilesFor } from './filters';
export {
  DocShard,
  docShardFile,
  MANIFEST_PATH,
  SearchManifest,
  SnippetText,
  snippetTextPath,
  TailPage,
  TermShard,
} from './format';
export {
  didYouMean,
  matchCount,
  parseQuery,
  search,
  shardsFor,
  tailsFor,
  type ParsedQuery,
  type Ranked,
} from './query';
export { quotesFound } from './quotes-found';
export {
  needsArticle,
  presentHits,
  presentResult,
  type ArticleText,
  type FoundArticle,
  type Hit,
} from './present';
export { fromSnippetText } from './snippet-text';
