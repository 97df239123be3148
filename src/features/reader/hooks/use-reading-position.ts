import { useEffect, type RefObject } from 'react';

import { readPosition, savePosition } from '../lib/position';
import { firstVisible, HEADER_ROOM } from '../lib/scroll-metrics';

const SAVE_DELAY = 300;

const paragraphBoxes = (body: HTMLElement) =>
  [...body.querySelectorAll<HTMLElement>('[data-paragraph]')].map((el) => {
    const r = el.getBoundingClientRect();
    return { index: Number(el.dataset['paragraph']), top: r.top, height: r.height };
  });

/**
 * Reopens an article where the reader left it (unless the URL points somewhere) and remembers the place
 * as they scroll: the first paragraph in view and how far into it, which holds across text sizes.
 */
export function useReadingPosition(articleId: string, body: RefObject<HTMLElement | null>, restore: boolean) {
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    if (restore) {
      const saved = readPosition(articleId);
      const r =
        saved && root.querySelector(`[data-paragraph="${String(saved.paragraph)}"]`)?.getBoundingClientRect();
      // No place saved: the top, not where the view before was scrolled to (the add view, the library).
      window.scrollTo({
        top: saved && r ? window.scrollY + r.top + saved.within * r.height - HEADER_ROOM : 0,
      });
    }
    let timer: number | undefined;
    const save = () => {
      window.clearTimeout(timer);
      savePosition(articleId, window.scrollY <= 0 ? null : firstVisible(paragraphBoxes(root)));
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_DELAY);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, [articleId, body, restore]);
}
