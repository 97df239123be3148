// Telling a shortcut from typing. The shortcuts themselves are listed in shortcut-list.ts, apart, so the
// list's words load with the "?" dialog rather than with the page.

/** True when a key press belongs to a text field, not to a shortcut. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A plain key press (no Ctrl, Alt or Meta), so browser and system shortcuts are left alone. */
export const isPlainKey = (event: KeyboardEvent): boolean =>
  !event.ctrlKey && !event.altKey && !event.metaKey;
