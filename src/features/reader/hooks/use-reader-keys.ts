import { useEffect, useRef } from 'react';

import { isPlainKey, isTyping } from '@/lib/shortcuts';

export interface ReaderKeyActions {
  /** j / k: the next or previous quotation; Shift+J / Shift+K: of the same speaker. */
  readonly step: (direction: 1 | -1, sameSpeaker: boolean) => void;
  readonly openFind: () => void;
  /** Esc: close what is open; true when something was. */
  readonly escape: () => boolean;
}

/** The article's shortcuts (listed in src/lib/shortcuts.ts), left alone while typing or with modifiers. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isPlainKey(e) || isTyping(e)) return;
      const { step, openFind, escape } = latest.current;
      if (e.key === 'Escape') {
        if (escape()) e.preventDefault();
        return;
      }
      const handled = (() => {
        switch (e.key) {
          case 'j':
          case 'k':
            step(e.key === 'j' ? 1 : -1, false);
            return true;
          case 'J':
          case 'K':
            step(e.key === 'J' ? 1 : -1, true);
            return true;
          case 'f':
            openFind();
            return true;
          default:
            return false;
        }
      })();
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
