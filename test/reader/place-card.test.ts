import { describe, expect, it } from 'vitest';

import { cardTop } from '@/features/reader/lib/place-card';
import { HEADER_ROOM } from '@/features/reader/lib/scroll-metrics';

// A 400 px tall window (a 800 px one at 200 % zoom) and a 200 px card.
const base = { cardHeight: 200, viewportHeight: 400 } as const;

describe('cardTop', () => {
  it('puts a hover card above the quotation when it fits, else below', () => {
    expect(cardTop({ ...base, firstTop: 300, lastBottom: 330, prefer: 'above' })).toBe(92);
    expect(cardTop({ ...base, firstTop: 100, lastBottom: 130, prefer: 'above' })).toBe(138);
  });

  it('puts a card opened by focus or a link below the quotation, clear of the lines before it', () => {
    expect(cardTop({ ...base, firstTop: 100, lastBottom: 130, prefer: 'below' })).toBe(138);
    // No room below: above.
    expect(cardTop({ ...base, firstTop: 300, lastBottom: 330, prefer: 'below' })).toBe(92);
  });

  it('keeps the card whole in the window when neither side has room', () => {
    const top = cardTop({ ...base, firstTop: 150, lastBottom: 260, prefer: 'below' });
    expect(top).toBeGreaterThanOrEqual(HEADER_ROOM);
    expect(top + base.cardHeight).toBeLessThanOrEqual(base.viewportHeight);
  });

  it('never puts a card taller than the room under the header', () => {
    expect(cardTop({ ...base, cardHeight: 380, firstTop: 150, lastBottom: 260, prefer: 'above' })).toBe(
      HEADER_ROOM,
    );
  });

  it('leaves a card whose quotation is out of view on its preferred side', () => {
    expect(cardTop({ ...base, firstTop: 900, lastBottom: 960, prefer: 'below' })).toBe(968);
  });
});
