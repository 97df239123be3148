import type { RefObject } from 'react';

import { navigate, routes, type ArticleRoute } from '@/lib/router';

import { closestQuote, quoteElement, scrollToCenter } from '../lib/dom';
import { stepQuote } from '../lib/quote-order';
import type { ReaderModel } from '../lib/reader-model';
import { HEADER_ROOM } from '../lib/scroll-metrics';

/**
 * Quotation focus kept in the URL (`quote`, replaced so Back leaves the article rather than stepping back
 * through quotations), and j/k stepping from the focused quotation, or the one in the URL.
 */
export function useQuoteSteps(body: RefObject<HTMLElement | null>, model: ReaderModel, route: ArticleRoute) {
  const select = (id: string) =>
    navigate(routes.article(route.id, { ...route, quote: id }), { replace: true });

  const step = (direction: 1 | -1, sameSpeaker: boolean) => {
    let current = closestQuote(document.activeElement)?.dataset['quoteId'] ?? route.quote;
    if (current === null) {
      // Nothing chosen yet: start from where the reader is, not from the top of the article.
      const shown = model.order.findIndex((q) => {
        const el = quoteElement(body.current, q.id);
        return el !== null && el.getBoundingClientRect().bottom > HEADER_ROOM;
      });
      if (shown > 0) current = model.order[direction === 1 ? shown - 1 : shown]?.id ?? null;
    }
    // Shift+J/K: the speaker in focus (from the sidebar), else the current quotation's.
    const speaker = sameSpeaker
      ? (route.speaker ?? (current ? model.quotes.get(current)?.speakerId : undefined))
      : undefined;
    const next = stepQuote(model.order, current, direction, speaker);
    if (next === null) return;
    const el = quoteElement(body.current, next);
    if (el) {
      el.focus({ preventScroll: true });
      scrollToCenter(el);
    }
    // Not drawn yet (a long article still arriving): the URL asks for its paragraph, and the route's
    // quotation is brought into view and focused once it is there (useRouteTargets).
    select(next);
  };

  return { select, step };
}
