import { useEffectEvent, useLayoutEffect } from 'react';

/**
 * Listens to an event on the whole page for as long as the component is drawn, always with the latest
 * `listener`. It subscribes in the commit that draws the component (a layout effect), not after it: the
 * passive effects of a commit run in a later task, after the paint, and a part that arrives late (the
 * header's tools, the sidebar, a panel) would show on screen deaf to a key pressed the moment it appears.
 */
export function useDocumentEvent<K extends keyof DocumentEventMap>(
  type: K,
  listener: (event: DocumentEventMap[K]) => void,
): void {
  const onEvent = useEffectEvent(listener);
  useLayoutEffect(() => {
    const handle = (event: DocumentEventMap[K]) => onEvent(event);
    document.addEventListener(type, handle);
    return () => document.removeEventListener(type, handle);
  }, [type]);
}
