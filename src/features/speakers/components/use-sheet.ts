import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Tailwind's `lg`: from here up the sidebar is a column, below it a bottom sheet. */
const COLUMN_LAYOUT = '(min-width: 64rem)';

/** True on phones and narrow windows. (jsdom has no matchMedia: tests get the sheet.) */
export const isSheetLayout = (): boolean => window.matchMedia?.(COLUMN_LAYOUT).matches !== true;

const onLayoutChange = (change: () => void) => {
  const query = window.matchMedia?.(COLUMN_LAYOUT);
  query?.addEventListener('change', change);
  return () => query?.removeEventListener('change', change);
};

/** `isSheetLayout`, followed as the window is resized or the phone turned. */
export const useSheetLayout = (): boolean => useSyncExternalStore(onLayoutChange, isSheetLayout);

/**
 * The bottom sheet's open state. Opening moves focus into the panel (to the element marked
 * `data-sheet-autofocus`); closing hands it back to the toggle unless the caller moves it elsewhere (to
 * the quotation just chosen, say).
 */
export function useSheet() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) toggleRef.current?.focus();
  }, []);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('[data-sheet-autofocus]')?.focus();
  }, [open]);

  return { open, setOpen, close, toggleRef, panelRef };
}
