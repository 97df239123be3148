import { useEffect, useRef } from 'react';

/**
 * After the reader goes to another view, its main heading takes the focus (src/app/focus-view-heading.ts,
 * loaded then: the first download does not carry it). Not on the first load, nor for steps within a view
 * (the key names the view).
 */
export function useFocusOnNavigate(viewKey: string): void {
  const shown = useRef(viewKey);
  useEffect(() => {
    if (shown.current === viewKey) return;
    shown.current = viewKey;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./focus-view-heading').then(
      (m) => {
        if (!cancelled) stop = m.focusViewHeading();
      },
      // Without the module (offline before it was cached) the focus stays where it is.
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [viewKey]);
}
