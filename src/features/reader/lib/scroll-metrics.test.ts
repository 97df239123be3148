import { describe, expect, it } from 'vitest';

import { firstVisible, HEADER_ROOM, readingProgress } from './scroll-metrics';

describe('readingProgress', () => {
  it('goes from 0 at the top to 1 when the end is in view', () => {
    const height = 2000;
    const view = 800;
    expect(readingProgress({ top: 200, height }, view)).toBe(0);
    expect(readingProgress({ top: HEADER_ROOM, height }, view)).toBe(0);
    const scrollable = height - (view - HEADER_ROOM);
    expect(readingProgress({ top: HEADER_ROOM - scrollable / 2, height }, view)).toBeCloseTo(0.5);
    expect(readingProgress({ top: -5000, height }, view)).toBe(1);
  });

  it('handles an article shorter than the view', () => {
    expect(readingProgress({ top: 100, height: 300 }, 800)).toBe(0);
  });
});

describe('firstVisible', () => {
  it('finds the first paragraph not scrolled past and how far into it', () => {
    const boxes = [
      { index: 1, top: -300, height: 200 },
      { index: 2, top: HEADER_ROOM - 50, height: 200 },
      { index: 3, top: 400, height: 100 },
    ];
    expect(firstVisible(boxes)).toEqual({ paragraph: 2, within: 0.25 });
    expect(firstVisible([])).toBeNull();
  });
});
