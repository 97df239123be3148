import { useEffect, useState, type RefObject } from 'react';

import { readingProgress } from '../lib/scroll-metrics';

/** A thin bar across the top of the window: how far through the article the reader is. */
export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  const [progress, setProgress] = useState(0);

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
