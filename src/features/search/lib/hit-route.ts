import type { Hit } from '@/content/search/present';
import { routes, type Route } from '@/lib/router';

/**
 * Where a hit opens the reader: a quotation by its id, a word of the narrative by its place in the text
 * (the reader scrolls to and highlights it), a speaker with their quotations in focus, a title at the top.
 * A hit is shown under its article's title, so it opens that article; the results page links a speaker's
 * page across the library beside the hit.
 */
export function hitRoute(articleId: string, hit: Hit | undefined): Route {
  if (!hit) return routes.article(articleId);
  switch (hit.kind) {
    case 'quote':
      return hit.quote
        ? routes.article(articleId, { quote: hit.quote.id, match: hit.match })
        : routes.article(articleId, { match: hit.match });
    case 'text':
      return routes.article(articleId, { match: hit.match });
    case 'speaker':
      return routes.article(articleId, { speaker: hit.speaker?.id ?? null });
    case 'title':
      return routes.article(articleId);
  }
}
