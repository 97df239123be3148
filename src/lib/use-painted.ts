import { useEffect, useState } from 'react';

/**
 * The latest `key` that has been painted: equal to `key` from the task after the frame that first showed
 * it. For work that must not delay that frame, such as starting downloads: each `fetch()` call costs the
 * main thread about a millisecond, and a commit's effects run before the browser may paint.
 */
export function usePainted<T>(key: T): T | undefined {
  const [painted, setPainted] = useState<T>();
  useEffect(() => {
    let timer = 0;
    // A frame callback runs just before the paint; a task queued from it, just after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(() => key));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return painted;
}
