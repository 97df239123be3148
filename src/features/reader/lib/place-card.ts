// Where the speaker card goes. Wide screens: above the quotation's first line when there is room below
// the sticky header, else under its last line, kept inside the column. Phones: the card is a bottom
// sheet (CSS), and the quotation is scrolled up so the sheet does not cover it.

import { HEADER_ROOM } from './scroll-metrics';

export const PHONE_QUERY = '(max-width: 639px)';
const GAP = 8;

export function placeCard(card: HTMLElement, anchor: HTMLElement): void {
  const rects = anchor.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return;
  if (typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches) {
    card.style.top = '';
    card.style.left = '';
    const covered = last.bottom - (window.innerHeight - card.offsetHeight - 2 * GAP);
    // Never so far that the quotation's first line goes under the header.
    const room = first.top - HEADER_ROOM;
    if (covered > 0 && room > 0) window.scrollBy({ top: Math.min(covered, room) });
    return;
  }
  const container = card.offsetParent;
  if (!container) return;
  const box = container.getBoundingClientRect();
  const height = card.offsetHeight;
  const above = first.top - height - GAP > HEADER_ROOM;
  const top = above ? first.top - box.top - height - GAP : last.bottom - box.top + GAP;
  const left = Math.min(Math.max(first.left - box.left, 0), Math.max(box.width - card.offsetWidth, 0));
  card.style.top = `${String(top)}px`;
  card.style.left = `${String(left)}px`;
}
