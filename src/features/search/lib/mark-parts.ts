/** A piece of snippet text, highlighted or not. */
export interface Part {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * `text` cut into plain and highlighted pieces, for rendering as text nodes and `<mark>`s (never HTML).
 * Overlapping or touching ranges merge; ranges outside the text are clipped.
 * `markParts('the Doha deal', [[4, 8]])` → the ·Doha· deal
 */
export function markParts(text: string, marks: readonly (readonly [number, number])[]): Part[] {
  const ranges = marks
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    const last = parts.at(-1);
    if (last?.marked && start === at)
      parts[parts.length - 1] = { text: last.text + text.slice(start, e), marked: true };
    else parts.push({ text: text.slice(start, e), marked: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
