// Small DOM helpers the reader's components and hooks share.

import { HEADER_ROOM } from './scroll-metrics';

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

/** Lines of text left visible between the header and a quotation brought near the top. */
const LEAD_IN = 64;

/**
 * Scrolls a quotation near the top of the view, a few lines under the header: a linked quotation opens its
 * card below it, and centred, a long one leaves the card no room there (place-card.ts would then lay the
 * card over its last lines).
 */
export function scrollNearTop(el: Element): void {
  const first = el.getClientRects()[0];
  if (!first) return;
  window.scrollTo({
    top: window.scrollY + first.top - HEADER_ROOM - LEAD_IN,
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
}
