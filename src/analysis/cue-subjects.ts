// The subject a cue takes when none stands right before it: the clause a participle hangs on (", adding
// …"), the first verb's in a coordination ("said X, and added Y"), or the one that opens the sentence.

import { isWord } from './02-tokenize';
import { subjectAfter, subjectBefore, type Subject } from './06a-subjects';
import { cueAt, particleEnd } from './cues';
import { sentenceFirst, type Doc } from './doc';
import { CLAUSE_OPENERS, PREPOSITIONS, VERB_SATELLITES } from './lexicon/words';
import { MAX_SPAN_BACK, type Found } from './quotation';

/** ", adding that …" / ", saying …": a participle cue takes the subject of the clause it hangs on. */
export function participleSubject(
  doc: Doc,
  k: number,
  floor: number,
  direct: readonly Found[] = [],
): Subject | null {
  const { tokens } = doc;
  if (!tokens[k]?.norm.endsWith('ing') || tokens[k - 1]?.text !== ',') return null;
  // “…,” Kim confirmed, adding …: the attribution of a quotation just before.
  const sFirst = sentenceFirst(doc, k);
  const sentenceStart = tokens[sFirst]?.start ?? 0;
  // From the last quotation that starts before the participle, back to the sentence's start.
  const here = tokens[k]?.start ?? 0;
  let lo = 0;
  let hi = direct.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((direct[mid]?.start ?? 0) < here) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const f = direct[i];
    // In reading order, so a quotation ending before this sentence ends the search.
    if (!f || f.end < sentenceStart - MAX_SPAN_BACK) break;
    const a = f.attribution;
    if (a && a.cue.first < k && a.cue.first >= sFirst) return a.subject;
  }
  for (let c = k - 2; c >= floor; c--) {
    const cue = cueAt(tokens, c);
    if (cue && !tokens[c]?.norm.endsWith('ing')) {
      const s = subjectBefore(tokens, c, floor) ?? subjectAfter(tokens, particleEnd(tokens, c, cue), k - 1);
      if (s) return s;
    }
  }
  // "A judge chastised the station, saying …": the sentence's subject.
  return sentenceSubject(doc, floor, k - 1);
}

/** The subject that opens a sentence, after an opening phrase set off by a comma ("In a statement, IRCC"). */
export function sentenceSubject(doc: Doc, floor: number, limit: number): Subject | null {
  const { tokens } = doc;
  let start = floor;
  for (let c = floor; c < limit; c++) {
    if (tokens[c]?.text !== ',') continue;
    const lead = tokens[start]?.norm ?? '';
    if (PREPOSITIONS.has(lead) || CLAUSE_OPENERS.has(lead)) start = c + 1;
    break;
  }
  const s = subjectAfter(tokens, start, limit);
  return s && s.last < limit ? s : null;
}

/** "He said X, and added Y" / "IRCC did not …, but said …": the subject of the clause's first verb. */
export function coordinatedSubject(doc: Doc, v: number, floor: number): Subject | null {
  const { tokens } = doc;
  let k = v - 1;
  while (
    k >= floor &&
    isWord(tokens[k]) &&
    (VERB_SATELLITES.has(tokens[k]?.norm ?? '') || tokens[k]?.norm.endsWith('ly'))
  )
    k--;
  const conj = tokens[k]?.norm;
  if (conj !== 'and' && conj !== 'but') return null;
  return sentenceSubject(doc, floor, k);
}
