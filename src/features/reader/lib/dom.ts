// Small DOM helpers the reader's components and hooks share.

/** The element drawing a quotation (its first piece when it runs over paragraphs). */
export function quoteElement(root: ParentNode | null, quoteId: string): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>('[data-quote-id]')) {
    if (el.dataset['quoteId'] === quoteId) return el;
  }
  return null;
}

/** The innermost quotation element at an event target. */
export function closestQuote(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-quote-id]') : null;
}

export const cx = (...parts: (string | false | null | undefined)[]): string =>
  parts.filter(Boolean).join(' ');

export const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls an element to the middle of the view, smoothly unless the reader asked for less motion. */
export function scrollToCenter(el: Element): void {
  // jsdom has no scrollIntoView.
  if (typeof el.scrollIntoView === 'function') {
    el.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }
}
