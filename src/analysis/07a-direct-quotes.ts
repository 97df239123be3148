// Stage 7a: which quoted spans are quotations, and the attribution each rests on.
//   cue after:        “…,” Kabulov said. / “…,” said the presidential envoy. / “…” — Jane Roe
//   cue before:       He told reporters: “…” / they answered this statement: “…”
//   introduced above: "Caddell continued:" closing one paragraph, and the quotation opening the next.

import type { Token } from './02-tokenize';
import { DOUBLE_MARK, OPENING_DOUBLE_MARK } from './05-quote-marks';
import { subjectAfter, subjectBefore } from './06a-subjects';
import { coordinatedSubject, participleSubject, sentenceSubject } from './cue-subjects';
import { STOPS, countWords, cueAt, isFiniteCue, particleEnd, showsNoWords } from './cues';
import { firstTokenAt, sentenceFirst, type Doc } from './doc';
import { CUE_VERBS } from './lexicon/reporting-verbs';
import type { Attribution, Found } from './quotation';

const MIN_DIRECT_WORDS = 5;
/** Tokens an attribution may take after a quotation: “…,” Bill Sims, the city's director of works, said. */
const AFTER_WINDOW = 18;
const BEFORE_WINDOW = 14;
const DASHES = new Set(['—', '―', '–', '-']);
// A mark that may open the next quotation in the paragraph: DOUBLE_MARK and the low „ as well.
const QUOTE_MARK_AHEAD = /["“”„«»]/;

export interface DirectQuotations {
  /** The direct quotations, in the order of their quoted spans. */
  readonly found: Found[];
  /** Index in `found` of each quoted span that became a quotation. */
  readonly foundOfQuoted: ReadonlyMap<number, number>;
  /** Tokens of the cues these quotations' attributions use. */
  readonly usedCues: ReadonlySet<number>;
}

/** Each quoted span that reads as speech becomes a direct quotation, with its attribution and nesting. */
export function findDirectQuotations(doc: Doc): DirectQuotations {
  const { tokens, seg, quoted } = doc;
  const found: Found[] = [];
  const foundOfQuoted = new Map<number, number>();
  const usedCues = new Set<number>();
  quoted.forEach((q, qi) => {
    const openTok = firstTokenAt(tokens, q.start);
    const contentFirst = firstTokenAt(tokens, q.contentStart);
    const contentLast = firstTokenAt(tokens, q.contentEnd);
    const afterTok = firstTokenAt(tokens, q.end);
    // A quotation whose words start at a line break belongs to the paragraph of its opening mark.
    const inContent = seg.paragraphOf[contentFirst] ?? -1;
    const para = seg.paragraphs[inContent >= 0 ? inContent : (seg.paragraphOf[openTok] ?? -1)];
    if (!para || doc.ignored[contentFirst]) return;
    const parent = q.parent === null ? undefined : quoted[q.parent];
    const floor = parent ? firstTokenAt(tokens, parent.contentStart) : para.first;
    const ceil = parent
      ? firstTokenAt(tokens, parent.contentEnd)
      : lastParagraphToken(doc, afterTok, para.last);
    const words = countWords(tokens, contentFirst, contentLast);
    const attribution =
      attributionAfter(doc, q.contentEnd, afterTok, ceil) ??
      attributionBefore(doc, openTok, floor, qi) ??
      introducedAbove(doc, openTok, para, qi);
    // A short quotation ending in a period is speech only where a clause opens ("He paused. “No.”"):
    // mid-sentence it is a term or title (what he called her “sex tape.”).
    const opens = opensClause(tokens, openTok, floor);
    const speechLike =
      words >= MIN_DIRECT_WORDS ||
      (words >= 2 && opens && endsWithTerminal(doc.text, q.contentEnd)) ||
      (attribution !== null && opens && (words >= 2 || endsWithTerminal(doc.text, q.contentEnd)));
    if (!speechLike || words === 0) return;
    if (attribution) for (let k = attribution.cue.first; k < attribution.cue.last; k++) usedCues.add(k);
    foundOfQuoted.set(qi, found.length);
    found.push({
      kind: 'direct',
      start: q.start,
      end: q.end,
      contentStart: q.contentStart,
      contentEnd: q.contentEnd,
      attribution,
      parent: null,
      continues: null,
      inherits: null,
      repaired: q.repaired,
      quoted: qi,
    });
  });
  // Nesting among direct quotations.
  for (const [qi, fi] of foundOfQuoted) {
    let p = quoted[qi]?.parent ?? null;
    while (p !== null && !foundOfQuoted.has(p)) p = quoted[p]?.parent ?? null;
    const f = found[fi];
    if (f && p !== null) f.parent = found[foundOfQuoted.get(p) ?? -1] ?? null;
  }
  return { found, foundOfQuoted, usedCues };
}

function lastParagraphToken(doc: Doc, from: number, paraLast: number): number {
  // Attributions never reach into the next quotation: stop at the next quoted span in the paragraph.
  for (let k = from; k < paraLast; k++) {
    const t = doc.tokens[k];
    if (t && t.kind === 'punct' && QUOTE_MARK_AHEAD.test(t.text) && doc.quotedAt[k + 1] !== -1) return k;
  }
  return paraLast;
}

function endsWithTerminal(text: string, contentEnd: number): boolean {
  return /[.!?…]\s*$/.test(text.slice(Math.max(0, contentEnd - 3), contentEnd));
}

/** Does the quotation start a clause (sentence start, after a colon or comma, after a cue)? */
function opensClause(tokens: readonly Token[], openTok: number, floor: number): boolean {
  const prev = tokens[openTok - 1];
  if (!prev || openTok - 1 < floor || prev.kind === 'break') return true;
  if (prev.kind === 'punct') return /[:,.!?;—–(]/.test(prev.text);
  return CUE_VERBS.has(prev.norm) || prev.norm === 'that';
}

/** “…,” Kabulov said / “…,” said the envoy / “…” — Jane Roe / “…,” according to the ministry. */
function attributionAfter(doc: Doc, contentEnd: number, j0: number, ceil: number): Attribution | null {
  const { tokens } = doc;
  let j = j0;
  // A comma, and a line break inside a hard-wrapped paragraph: “…,”⏎said Martin Cole.
  while (j < ceil && (tokens[j]?.text === ',' || tokens[j]?.kind === 'break')) j++;
  const first = tokens[j];
  if (!first || j >= ceil) return null;
  const sentenceEnded =
    endsWithTerminal(doc.text, contentEnd) && !/[?!]\s*$/.test(doc.text.slice(contentEnd - 2, contentEnd));
  if (DASHES.has(first.text)) {
    const s = subjectAfter(tokens, j + 1, ceil);
    if (s && s.kind === 'name')
      return { cue: { first: j, last: j + 1, lemma: 'dash' }, subject: s, first: j, last: s.last };
    return null;
  }
  if (first.norm === 'according' && tokens[j + 1]?.norm === 'to') {
    const s = subjectAfter(tokens, j + 2, ceil);
    return s
      ? { cue: { first: j, last: j + 2, lemma: 'according to' }, subject: s, first: j, last: s.last }
      : null;
  }
  const inverted = cueAt(tokens, j);
  if (inverted && inverted.cls !== 'belief') {
    const cueLast = particleEnd(tokens, j, inverted);
    const s = subjectAfter(tokens, cueLast, ceil);
    if (s && (!sentenceEnded || shortTail(tokens, s.last, ceil))) {
      return { cue: { first: j, last: cueLast, lemma: inverted.lemma }, subject: s, first: j, last: s.last };
    }
    return null;
  }
  for (let k = j; k < Math.min(ceil, j + AFTER_WINDOW); k++) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && (STOPS.has(t.text) || t.text === ':' || DOUBLE_MARK.test(t.text))))
      return null;
    const cue = cueAt(tokens, k);
    if (!cue || cue.cls === 'belief' || t.cap || !isFiniteCue(tokens, k)) continue;
    const s = subjectBefore(tokens, k, j);
    if (!s || s.first !== j) return null;
    const cueLast = particleEnd(tokens, k, cue);
    if (sentenceEnded && !shortTail(tokens, cueLast, ceil)) return null;
    return { cue: { first: k, last: cueLast, lemma: cue.lemma }, subject: s, first: j, last: cueLast };
  }
  return null;
}

/** After “… agreement.” a following “Kabulov said.” is an attribution only if its sentence ends soon. */
function shortTail(tokens: readonly Token[], from: number, ceil: number): boolean {
  for (let k = from; k < Math.min(ceil, from + 8); k++) {
    const t = tokens[k];
    if (!t || t.kind === 'break') return true;
    if (t.kind === 'punct' && STOPS.has(t.text)) return true;
    if (t.kind === 'punct' && OPENING_DOUBLE_MARK.test(t.text)) return true;
  }
  return from >= ceil;
}

/** He told reporters: “…” / they answered this statement: “…” / She said, “…” */
function attributionBefore(doc: Doc, openTok: number, floor: number, qi: number): Attribution | null {
  const { tokens } = doc;
  const p = openTok - 1;
  const prev = tokens[p];
  if (!prev || p < floor) return null;
  const own = doc.quoted[qi]?.parent ?? -1;
  const startsFrame =
    prev.text === ':' || prev.text === ',' || prev.norm === 'that' || cueAt(tokens, p) !== undefined;
  if (!startsFrame) return null;
  for (let k = p; k >= Math.max(floor, p - BEFORE_WINDOW); k--) {
    const t = tokens[k];
    if (!t || t.kind === 'break' || doc.quotedAt[k] !== own) return null;
    if (t.kind === 'punct' && (STOPS.has(t.text) || DOUBLE_MARK.test(t.text))) return null;
    const cue = cueAt(tokens, k);
    if (!cue || (cue.cls === 'belief' && prev.norm !== 'that') || !isFiniteCue(tokens, k)) continue;
    const sentenceFloor = Math.max(floor, sentenceFirst(doc, k));
    let s = subjectBefore(tokens, k, sentenceFloor);
    if (!s && (k === sentenceFloor || tokens[k - 1]?.text === ','))
      s = subjectAfter(tokens, particleEnd(tokens, k, cue), p);
    if (!s) s = participleSubject(doc, k, sentenceFloor);
    // "Halloran stood up, said ‘…’" / "Jane Roe took the floor and said, “…”": a cue coordinated with
    // another verb shares the sentence's subject.
    if (!s && tokens[k - 1]?.text === ',') s = sentenceSubject(doc, sentenceFloor, k - 1);
    if (!s) s = coordinatedSubject(doc, k, sentenceFloor);
    // "… joked in his turn to answer the question, “…”": no subject for "answer", so read on leftwards.
    if (!s) continue;
    if (showsNoWords(tokens, cue.lemma, s, prev.norm === 'that' || prev.text === ':')) continue;
    return {
      cue: { first: k, last: particleEnd(tokens, k, cue), lemma: cue.lemma },
      subject: s,
      first: Math.min(s.first, k),
      last: p + 1,
    };
  }
  return null;
}

/** "Caddell continued:" closing one paragraph, and the quotation opening the next. */
function introducedAbove(doc: Doc, openTok: number, para: { first: number }, qi: number): Attribution | null {
  const pi = doc.seg.paragraphOf[openTok] ?? -1;
  const above = doc.seg.paragraphs[pi - 1];
  if (openTok !== para.first || !above || doc.tokens[above.last - 1]?.text !== ':') return null;
  return attributionBefore(doc, above.last, above.first, qi);
}
