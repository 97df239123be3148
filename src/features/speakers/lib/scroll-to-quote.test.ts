// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { findQuoteElement, scrollToQuote } from './scroll-to-quote';

afterEach(() => {
  document.body.replaceChildren();
  scrollIntoView.mockClear();
});

const mark = (id: string, attrs: Record<string, string> = {}): HTMLElement => {
  const el = document.body.appendChild(document.createElement('mark'));
  el.dataset.quoteId = id;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};
const scrollIntoView = vi.fn();
Element.prototype.scrollIntoView = scrollIntoView;

describe('scrollToQuote', () => {
  it('finds ids a CSS selector would need escaping for', () => {
    mark('q1');
    const odd = mark('q"2] [x');
    expect(findQuoteElement('q"2] [x')).toBe(odd);
    expect(findQuoteElement('q2')).toBeNull();
  });

  it('scrolls the quotation to the middle and focuses it without a second scroll', () => {
    const el = mark('q3');
    expect(scrollToQuote('q3')).toBe(true);
    expect(scrollIntoView).toHaveBeenCalledOnce();
    expect(scrollIntoView.mock.contexts[0]).toBe(el);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(document.activeElement).toBe(el);
    // Focusable for the script only: not a Tab stop of its own.
    expect(el.getAttribute('tabindex')).toBe('-1');
  });

  it("leaves the reader's own tabindex alone", () => {
    const el = mark('q4', { tabindex: '0' });
    scrollToQuote('q4');
    expect(el.getAttribute('tabindex')).toBe('0');
    expect(document.activeElement).toBe(el);
  });

  it('does nothing for a quotation the reader does not show', () => {
    expect(scrollToQuote('q9')).toBe(false);
    expect(scrollIntoView).not.toHaveBeenCalled();
  });
});
