// After the reader goes to another view, its main heading takes the focus, so that keyboard and screen
// reader users start there, as a page load would have them. A module of its own, loaded on the first
// navigation (src/app/use-focus-on-navigate.ts), so that the first download does not carry it.

/** A view that takes longer than this to show its heading (a slow network) is not waited for. */
const WAIT_MS = 10_000;

/**
 * Focuses the new view's heading, once it is there. Only when the focus went with the old view (it is on
 * <body>, or on <main> after the skip link) or is on the link just followed: the header's search field
 * keeps it while one types, and the quotation a `quote=` link lands on keeps it. The heading may come
 * later than the route (a chunk, the data): it is waited for. Returns a cancel.
 */
export function focusViewHeading(): () => void {
  const main = document.getElementById('main');
  if (!main) return () => undefined;
  const settle = (): boolean => {
    if (!focusWasLost(main)) return true;
    // The old view may still be in the page, hidden while the new one loads (React keeps it so).
    const heading = [...main.querySelectorAll<HTMLElement>('h1')].find(isShown);
    if (!heading) return false;
    heading.tabIndex = -1;
    // The view decides where it opens (an article restores the reading position).
    heading.focus({ preventScroll: true });
    return document.activeElement === heading;
  };
  if (settle()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (settle()) stop();
  });
  const timer = window.setTimeout(stop, WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
const isShown = (el: Element): boolean =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;

/** Nothing holds the focus, what holds it went with the old view, or it is the link just followed. */
function focusWasLost(main: HTMLElement): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body || active === main) return true;
  // A link has done its work once followed (the header's brand link, say).
  if (active instanceof HTMLAnchorElement) return true;
  return main.contains(active) && !isShown(active);
}
