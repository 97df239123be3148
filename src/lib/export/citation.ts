// A quotation as one pastes it into a note or an email: the words, who said them and where, and a link
// back to them in this app.
//   “The bridge is safe for now, but the bill grows every month”
//   — José Álvarez, Mayor. “Council agrees to mend the harbour bridge”, Harbour Gazette, 5 March 2024.
//   https://…/#/a/harbour-bridge?quote=q4

import { formatDate } from '@/lib/format-date';

import type { QuoteRecord } from './records';

const SPACES = /\s+/g;
/** The comma a quotation ends on before its attribution (`“…winter,” said`) belongs to the sentence. */
const TRAILING_JOINER = /[\s,;:]+$/;

/** The words on one line, without the comma that joined them to their attribution. */
export const quotationWords = (text: string): string =>
  text.replace(SPACES, ' ').trim().replace(TRAILING_JOINER, '');

export function formatCitation(r: QuoteRecord): string {
  const words = quotationWords(r.quotation);
  // Only a direct quotation is the speaker's own words; the rest is the article's account of them.
  const quoted =
    r.kind === 'direct' ? `“${words}”` : `${words} (${r.kind === 'mixed' ? 'partly quoted' : 'reported'})`;
  const who = r.speaker === null ? 'Unattributed' : [r.speaker, r.role].filter(Boolean).join(', ');
  const where = [`“${r.article}”`, r.source, r.date === null ? null : formatDate(r.date)]
    .filter(Boolean)
    .join(', ');
  return `${quoted}\n— ${who}. ${where}.\n${r.link}`;
}
