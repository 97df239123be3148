// Where the speaker card goes. Wide screens: beside the quotation, above its first line or under its last
// (hover prefers above, as a tooltip does; a card opened by focus, a tap or a link prefers below, so the
// lines leading into the quotation stay readable), always inside the window when the quotation is in it,
// and placed again as the page scrolls (a card opened as a smooth scroll starts would otherwise keep a
// choice made for where the quotation was). Phones: the card is a bottom sheet (CSS), and the quotation is
// scrolled up so the sheet does not cover it.

import { HEADER_ROOM } from './scroll-metrics';

export const PHONE_QUERY = '(max-width: 639px)';
const GAP = 8;

export type CardSide = 'above' | 'below';

export interface CardGeometry {
  /** Viewport y of the quotation's first line's top and last line's bottom. */
  readonly firstTop: number;
  readonly lastBottom: number;
  readonly cardHeight: number;
  readonly viewportHeight: number;
  readonly prefer: CardSide;
}

/** The card's top, in viewport coordinates. */
export function cardTop({ firstTop, lastBottom, cardHeight, viewportHeight, prefer }: CardGeometry): number {
  const above = firstTop - GAP - cardHeight;
  const below = lastBottom + GAP;
  const fits = (top: number) => top >= HEADER_ROOM && top + cardHeight <= viewportHeight;
  const [first, second] = prefer === 'above' ? [above, below] : [below, above];
  if (fits(first)) return first;
  if (fits(second)) return second;
  // Out of view: where it will be once the reader gets there.
  const inView = lastBottom > HEADER_ROOM && firstTop < viewportHeight;
  if (!inView) return first;
  // No room on either side (a tall quotation, a short window, a zoomed page): the card stays whole in
  // the window, over the quotation's last lines, rather than under the header or below the fold.
  return Math.max(HEADER_ROOM, Math.min(below, viewportHeight - cardHeight - GAP));
}

/**
 * Places the card for `anchor`. `settled` is a re-placement after a scroll: it never scrolls the page
 * itself (the phone layout's scroll is for opening only, not to fight the reader's own).
 */
export function placeCard(card: HTMLElement, anchor: HTMLElement, prefer: CardSide, settled = false): void {
  const rects = anchor.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return;
  if (typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches) {
    card.style.top = '';
    card.style.left = '';
    if (settled) return;
    const covered = last.bottom - (window.innerHeight - card.offsetHeight - 2 * GAP);
    // Never so far that the quotation's first line goes under the header.
    const room = first.top - HEADER_ROOM;
    if (covered > 0 && room > 0) window.scrollBy({ top: Math.min(covered, room) });
    return;
  }
  const container = card.offsetParent;
  if (!container) return;
  const box = container.getBoundingClientRect();
  const top = cardTop({
    firstTop: first.top,
    lastBottom: last.bottom,
    cardHeight: card.offsetHeight,
    viewportHeight: window.innerHeight,
    prefer,
  });
  const left = Math.min(Math.max(first.left - box.left, 0), Math.max(box.width - card.offsetWidth, 0));
  card.style.top = `${String(top - box.top)}px`;
  card.style.left = `${String(left)}px`;
}

/**
 * Calls `fn` once a frame while the window scrolls, so the card follows the choice of side as its
 * quotation moves (a scroll the reader started, or the smooth one to a quotation just opened).
 */
export function onScrollFrames(fn: () => void): () => void {
  let frame = 0;
  const onScroll = () => {
    if (frame === 0)
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        fn();
      });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    window.cancelAnimationFrame(frame);
    window.removeEventListener('scroll', onScroll);
  };
}
