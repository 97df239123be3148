// Apart from schema.ts so that code drawing a page (the speakers sidebar) can count without importing the
// schemas, which would put valibot in the reader's first download; they load with the article file.

import type { Quote, QuoteCounts } from './schema';

/** Quotations by kind. Each quotation the engine returns counts once, continuations included. */
export function countQuotes(quotes: readonly Pick<Quote, 'kind'>[]): QuoteCounts {
  const counts = { total: quotes.length, direct: 0, indirect: 0, mixed: 0 };
  for (const q of quotes) counts[q.kind]++;
  return counts;
}
