// Stage 7b: lines of a transcript. A paragraph opened by a speaker's name and a colon is what that speaker
// said: "WALLACE: Governor, …", "Jane Roe: We will appeal".

import { isWord } from './02-tokenize';
import type { Subject } from './06a-subjects';
import { MIN_CLAUSE_WORDS, countWords } from './cues';
import type { Doc } from './doc';
import { LABEL_STOPLIST } from './lexicon/words';
import type { Found } from './quotation';
import type { Span } from './types';

const MAX_LABEL_WORDS = 4;
// A quotation mark that may open the paragraph before its label.
const LEADING_MARK = /["“]/;

/**
 * A paragraph opened by a speaker's name and a colon is what that speaker said: interview transcripts
 * ("WALLACE: Governor, …") and headlines ("Jane Roe: We will appeal"). Verbatim in a transcript (capitals
 * or several such lines), a paraphrase in a single headline.
 */
export function speakerLabels(doc: Doc, furniture: readonly Span[]): Found[] {
  const { tokens, seg } = doc;
  const lines: Array<{ label: [number, number]; colon: number; para: (typeof seg.paragraphs)[number] }> = [];
  for (const p of seg.paragraphs) {
    let k = p.first;
    if (tokens[k]?.kind === 'punct' && LEADING_MARK.test(tokens[k]?.text ?? '')) k++;
    const start = k;
    while (
      k < p.last &&
      k - start < MAX_LABEL_WORDS &&
      isWord(tokens[k]) &&
      (tokens[k]?.cap || tokens[k]?.abbr === 'title')
    )
      k++;
    if (k === start || tokens[k]?.text !== ':' || doc.ignored[k]) continue;
    const at = tokens[start]?.start ?? 0;
    if (furniture.some(([x, y]) => at >= x && at < y)) continue;
    if (tokens.slice(start, k).some((t) => LABEL_STOPLIST.has(t.norm))) continue;
    if (countWords(tokens, k + 1, p.last) < MIN_CLAUSE_WORDS) continue;
    lines.push({ label: [start, k], colon: k, para: p });
  }
  const transcript = lines.length >= 2;
  return lines.map(({ label: [a, b], colon, para }) => {
    const first = tokens[colon + 1];
    const last = tokens[para.last - 1];
    const verbatim = transcript || tokens.slice(a, b).every((t) => t.text === t.text.toUpperCase());
    const subject: Subject = {
      first: a,
      last: b,
      head: b - 1,
      kind: 'name',
      name: [a, b],
      roles: [],
      plural: false,
      apposition: null,
    };
    return {
      kind: verbatim ? 'direct' : 'indirect',
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      contentStart: first?.start ?? 0,
      contentEnd: last?.end ?? 0,
      attribution: {
        cue: { first: colon, last: colon + 1, lemma: 'label' },
        subject,
        first: a,
        last: colon + 1,
      },
      parent: null,
      continues: null,
      inherits: null,
      repaired: false,
      quoted: null,
    };
  });
}
