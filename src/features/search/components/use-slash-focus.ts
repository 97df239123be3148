import type { RefObject } from 'react';

import { isPlainKey, isTyping } from '@/lib/shortcuts';
import { useDocumentEvent } from '@/lib/use-document-event';

/** "/" from anywhere (but another field) focuses and selects the search field. */
export function useSlashFocus(input: RefObject<HTMLInputElement | null>): void {
  useDocumentEvent('keydown', (e) => {
    if (e.key !== '/' || isTyping(e) || !isPlainKey(e) || !input.current) return;
    e.preventDefault();
    input.current.focus();
    input.current.select();
  });
}
