// Well-formed nested spans for property tests of the reader's segmenting and highlighting.

export type Span = readonly [number, number];

/** Offsets between code points: where a well-formed span may begin or end. */
export function codePointBoundaries(text: string): number[] {
  const out = [0];
  for (const ch of text) out.push((out.at(-1) ?? 0) + ch.length);
  return out;
}

/**
 * Properly nested spans, made by reading `ops` as brackets over the code point boundaries: a number moves
 * forward, 'open' starts a span, 'close' ends the innermost one (an empty one is skipped).
 */
export function nestedSpans(bounds: readonly number[], ops: readonly ('open' | 'close' | number)[]): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  let at = 0;
  const close = () => {
    const start = open.pop() ?? at;
    if (start < at) spans.push([bounds[start] ?? 0, bounds[at] ?? 0]);
  };
  for (const op of ops) {
    if (op === 'open') open.push(at);
    else if (op === 'close') close();
    else at = Math.min(at + op, bounds.length - 1);
  }
  while (open.length > 0) close();
  return spans;
}
