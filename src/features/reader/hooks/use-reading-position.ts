import { useEffect, type RefObject } from 'react';

import { readPosition } from '../lib/position';
import { HEADER_ROOM } from '../lib/scroll-metrics';

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
    window.scrollTo({
      top: saved && r ? window.scrollY + r.top + saved.within * r.height - HEADER_ROOM : 0,
    });
  }, [articleId, body, restore]);
}
