// Where the reader left an article: the first paragraph in view and how far into it, so the place holds
// when the text size or the window width changed since.

import { readStoredJson, writeStored } from '@/lib/storage';

export interface ReadingPosition {
  /** Index into `article.paragraphs`. */
  readonly paragraph: number;
  /** How much of that paragraph was above the top of the view, 0 to 1. */
  readonly within: number;
}

export const positionKey = (articleId: string): string => `verbatim:position:${articleId}`;

export function parsePosition(value: unknown): ReadingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { paragraph, within } = value as Record<string, unknown>;
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 0) return null;
  if (typeof within !== 'number' || !(within >= 0 && within <= 1)) return null;
  return { paragraph, within };
}

export const readPosition = (articleId: string): ReadingPosition | null =>
  readStoredJson(positionKey(articleId), parsePosition);

/** The top of the article is no place worth remembering: it forgets instead. */
export function savePosition(articleId: string, position: ReadingPosition | null): void {
  const atTop = position === null || (position.paragraph === 0 && position.within < 0.05);
  writeStored(positionKey(articleId), atTop ? null : JSON.stringify(position));
}
