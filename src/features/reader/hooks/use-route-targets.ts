import { useEffect, useState, type RefObject } from 'react';

import type { ArticleRoute } from '@/lib/router';

import { quoteElement, scrollNearTop, scrollToCenter } from '../lib/dom';

/**
 * What the URL points at, brought into view: the quotation in `quote` (scrolled to and focused, on load and
 * whenever another view sets it) and, on load, a search hit (`match`). Returns whether the URL pointed at
 * anything on load, so the saved reading position is not restored over it.
 */
export function useRouteTargets(root: RefObject<HTMLElement | null>, route: ArticleRoute): boolean {
  const [pointed] = useState(route.quote !== null || route.match !== null || route.find !== null);

  useEffect(() => {
    if (route.quote === null) return;
    const el = quoteElement(root.current, route.quote);
    // Already focused: the reader got there by clicking or with j/k, which scroll themselves.
    if (!el || el.contains(document.activeElement)) return;
    // Near the top, not centred: focus opens the quotation's card below it.
    scrollNearTop(el);
    el.focus({ preventScroll: true });
  }, [root, route.quote]);

  const match = route.match;
  const matchKey = match ? `${String(match[0])}-${String(match[1])}` : null;
  useEffect(() => {
    if (matchKey === null) return;
    const hit = root.current?.querySelector('[data-search-hit]');
    if (hit) scrollToCenter(hit);
  }, [root, matchKey]);

  return pointed;
}
