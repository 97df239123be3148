import { flushSync } from 'react-dom';
import { startTransition, useEffect, useState } from 'react';

import { CHUNK_PARAGRAPHS, paragraphsToDraw } from '../lib/progressive';

/**
 * How many of `total` paragraphs to draw now: the first screen and every paragraph up to the furthest of
 * `needs` at once, then the rest a chunk at a time as transitions (React yields to input between them), so
 * a megabyte article shows at once and the page never freezes while the rest arrives. Printing draws all.
 */
export function useProgressiveCount(total: number, needs: readonly number[]): number {
  const [drawn, setDrawn] = useState(0);
  const count = paragraphsToDraw(total, drawn, needs);

  useEffect(() => {
    if (count >= total) return;
    // After the browser has painted what is there: a timer, not a microtask, so the paint comes first.
    const timer = setTimeout(() => startTransition(() => setDrawn(count + CHUNK_PARAGRAPHS)));
    const all = () => flushSync(() => setDrawn(total));
    addEventListener('beforeprint', all);
    return () => {
      clearTimeout(timer);
      removeEventListener('beforeprint', all);
    };
  }, [count, total]);

  return count;
}
