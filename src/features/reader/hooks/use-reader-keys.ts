import { isPlainKey, isTyping } from '@/lib/shortcuts';
import { useDocumentEvent } from '@/lib/use-document-event';

export interface ReaderKeyActions {
  /** j / k: the next or previous quotation; Shift+J / Shift+K: of the same speaker. */
  readonly step: (direction: 1 | -1, sameSpeaker: boolean) => void;
  readonly openFind: () => void;
  /** Esc: close what is open; true when something was. */
  readonly escape: () => boolean;
}

/** The article's shortcuts (listed in src/lib/shortcut-list.ts), left alone while typing or with modifiers. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  useDocumentEvent('keydown', (e) => {
    if (e.defaultPrevented || !isPlainKey(e) || isTyping(e)) return;
    const { key } = e;
    const lower = key.toLowerCase();
    if (lower === 'j' || lower === 'k') actions.step(lower === 'j' ? 1 : -1, key !== lower);
    else if (key === 'f') actions.openFind();
    else if (key !== 'Escape' || !actions.escape()) return;
    e.preventDefault();
  });
}
