// Reading progress and position from layout boxes, kept apart from the DOM so they can be tested.

/** Room the sticky site header takes at the top of the view. */
export const HEADER_ROOM = 72;

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0);

/**
 * How much of the article has been read, 0 to 1: 0 while its top is below the header, 1 once its end is
 * in view.
 */
export function readingProgress(article: { top: number; height: number }, viewportHeight: number): number {
  const scrollable = article.height - (viewportHeight - HEADER_ROOM);
  if (scrollable <= 0) return article.top < HEADER_ROOM ? 1 : 0;
  return clamp01((HEADER_ROOM - article.top) / scrollable);
}

/** The first paragraph not yet scrolled past, and how far into it the top of the view is. */
export function firstVisible(
  paragraphs: readonly { index: number; top: number; height: number }[],
): { paragraph: number; within: number } | null {
  const p = paragraphs.find((b) => b.top + b.height > HEADER_ROOM);
  if (!p) return null;
  return { paragraph: p.index, within: p.height > 0 ? clamp01((HEADER_ROOM - p.top) / p.height) : 0 };
}
