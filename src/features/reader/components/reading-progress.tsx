import { useEffect, useState, type RefObject } from 'react';

import { savePosition } from '../lib/position';
import { firstVisible, readingProgress } from '../lib/scroll-metrics';

const SAVE_DELAY = 300;

const paragraphBoxes = (body: HTMLElement) =>
  [...body.querySelectorAll<HTMLElement>('[data-paragraph]')].map((el) => {
    const r = el.getBoundingClientRect();
    return { index: Number(el.dataset['paragraph']), top: r.top, height: r.height };
  });

interface ReadingProgressProps {
  readonly articleId: string;
  /** The article, for the bar. */
  readonly target: RefObject<HTMLElement | null>;
  /** Its paragraphs (`data-paragraph`), for the place. */
  readonly body: RefObject<HTMLElement | null>;
}

/**
 * A thin bar across the top of the window: how far through the article the reader is. It also remembers
 * the place as they scroll (useReadingPosition brings them back to it): the first paragraph in view and how
 * far into it, which holds across text sizes.
 */
export function ReadingProgress({ articleId, target, body }: ReadingProgressProps) {
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    const root = body.current;
    if (!root) return;
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
  }, [articleId, body]);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = target.current;
      if (!el) return;
      const r = el.getBoundingClientRect();
      setProgress(readingProgress({ top: r.top, height: r.height }, window.innerHeight));
    };
    const onChange = () => {
      if (frame === 0) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
    };
  }, [target]);

  const percent = Math.round(progress * 100);
  return (
    <div
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="fixed inset-x-0 top-0 z-40 h-1 print:hidden"
    >
      <div className="h-full origin-left bg-accent" style={{ transform: `scaleX(${String(progress)})` }} />
    </div>
  );
}
