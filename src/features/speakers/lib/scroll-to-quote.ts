// Jumping from the sidebar to a quotation in the reader column. The reader also scrolls when the route's
// `quote` changes, but choosing the quotation the route already names changes nothing, so the sidebar
// scrolls itself too; the two land on the same place.

/** Already reachable by focus(): links, controls and anything with a tabindex of its own. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** The reader's element for a quotation, compared by dataset so no id ever needs CSS escaping. */
export function findQuoteElement(id: string, root: ParentNode = document): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-quote-id]')) {
    if (el.dataset.quoteId === id) return el;
  }
  return null;
}

/**
 * Centres the quotation (smoothly unless the reader asked for reduced motion) and moves focus to it, so
 * keyboard and screen-reader users continue reading there. False when the reader shows no such quotation.
 */
export function scrollToQuote(id: string): boolean {
  const el = findQuoteElement(id);
  if (!el) return false;
  // Optional calls: jsdom (component tests) implements neither.
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  // A plain <mark> takes focus only with a tabindex; -1 keeps it out of the Tab order.
  if (!el.matches(FOCUSABLE)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  return true;
}
