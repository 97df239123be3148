import { useEffect, type RefObject } from 'react';

import { readPosition } from '../lib/position';
import { HEADER_ROOM } from '../lib/scroll-metrics';

/**
 * Whether the window has scrolled since the page loaded (the browser restoring a place counts). Until it
 * has, it is at its top; asking it (scrollY, scrollTo) would lay the page out before its first frame, a
 * long task on a phone.
 */
let scrolled = false;
window.addEventListener('scroll', () => (scrolled = true), { once: true, passive: true });

/**
 * Reopens an article where the reader left it (unless the URL points somewhere). The place is remembered
 * by ReadingProgress, which watches the scrolling anyway and loads just after the first paint.
 */
export function useReadingPosition(articleId: string, body: RefObject<HTMLElement | null>, restore: boolean) {
  useEffect(() => {
    const root = body.current;
    if (!root || !restore) return;
    const saved = readPosition(articleId);
    const r =
      saved && root.querySelector(`[data-paragraph="${String(saved.paragraph)}"]`)?.getBoundingClientRect();
    // No place saved: the top, not where the view before was scrolled to (the add view, the library).
    if (saved && r) window.scrollTo({ top: window.scrollY + r.top + saved.within * r.height - HEADER_ROOM });
    else if (scrolled) window.scrollTo({ top: 0 });
  }, [articleId, body, restore]);
}
