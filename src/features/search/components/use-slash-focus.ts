import { useEffect, type RefObject } from 'react';

import { isPlainKey, isTyping } from '@/lib/shortcuts';

/** "/" from anywhere (but another field) focuses and selects the search field. */
export function useSlashFocus(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || isTyping(e) || !isPlainKey(e) || !input.current) return;
      e.preventDefault();
      input.current.focus();
      input.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input]);
}
