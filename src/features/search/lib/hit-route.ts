import type { Hit } from '@/content/search/present';
import { routes, type Route } from '@/lib/router';

/**
 * Where a hit opens the reader: a quotation by its id, a word of the narrative by its place in the text
 * (the reader scrolls to and highlights it), a speaker to their page across the library (by name: the
 * page settles it on its key), a title at the top.
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
      return hit.speaker ? routes.speaker(hit.speaker.name) : routes.article(articleId);
    case 'title':
      return routes.article(articleId);
  }
}
