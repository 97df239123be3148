// Moving through the quotations: j/k step through every one in reading order (an outer quotation before
// the ones nested in it), Shift+J/K through one speaker's.

export interface OrderedQuote {
  readonly id: string;
  readonly speakerId: string | null;
}

/**
 * The quotation after (`step` 1) or before (-1) `currentId`, optionally only `speakerId`'s (undefined: any
 * speaker). With no current quotation, the first or the last one. Null at either end: no wrapping, so
 * holding j stops at the last quotation instead of jumping back to the top.
 */
export function stepQuote(
  order: readonly OrderedQuote[],
  currentId: string | null,
  step: 1 | -1,
  speakerId?: string | null,
): string | null {
  const fits = (q: OrderedQuote) => speakerId === undefined || q.speakerId === speakerId;
  const at = currentId === null ? -1 : order.findIndex((q) => q.id === currentId);
  const start = at < 0 ? (step === 1 ? 0 : order.length - 1) : at + step;
  for (let i = start; i >= 0 && i < order.length; i += step) {
    const q = order[i];
    if (q && fits(q)) return q.id;
  }
  return null;
}
