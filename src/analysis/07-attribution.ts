// Stage 7: decide which quoted spans are quotations, find the cue and the subject each rests on, and find
// the indirect quotations a cue introduces. Three steps, each in its own file:
//   7a direct:      “…,” Kabulov said. / He told reporters: “…” / “…,” she said. “…” (interrupted)
//   7b transcript:  PENCE: Well, look, …
//   7c indirect:    X said (that) … / …, X added. / according to X, … — mixed when it holds a quoted fragment
// then keeps what does not cross and links each quotation without an attribution to the one it continues.

import type { Token } from './02-tokenize';
import { findDirectQuotations } from './07a-direct-quotes';
import { speakerLabels } from './07b-speaker-labels';
import { findIndirectQuotations } from './07c-indirect-quotes';
import { findStances } from './07d-stances';
import { firstTokenAt, type Doc } from './doc';
import type { Attribution, Found } from './quotation';
import { SpanSet } from './spans';
import type { Span } from './types';

/** How close a subject stands to its cue to count among the attribution's words. */
const ADJACENT_TOKENS = 4;
// A quotation mark between two parts of an interrupted quotation: the second is no continuation.
const MARK_BETWEEN = /["“”]/;

/** `furniture`: spans that are byline or dateline, never a speaker's label ("KABUL:"). */
export function findQuotations(doc: Doc, furniture: readonly Span[] = []): Found[] {
  const { tokens } = doc;

  // 1. Direct quotations: each quoted span that reads as speech, with its attribution.
  const directFound = findDirectQuotations(doc);
  const { found } = directFound;

  // 2. Lines of a transcript ("PENCE: Well, look, …"), then indirect and mixed quotations from the cues
  //    not yet used.
  const labels = speakerLabels(doc, furniture);
  // A transcript line quoted whole ("PENCE: Well, …" inside quotation marks) is that speaker's quotation.
  const unattributed = new SpanSet<Found>();
  for (const f of found) if (!f.attribution && f.parent === null) unattributed.add(f);
  for (const line of labels) {
    const cue = tokens[line.attribution?.cue.first ?? -1];
    const holder =
      cue &&
      unattributed.overlapping(cue.start, cue.end).find((f) => !f.attribution && f.contentStart <= cue.start);
    if (holder) holder.attribution = line.attribution;
  }
  const indirect: Found[] = labels;
  const reported = findIndirectQuotations(doc, directFound);
  for (const f of reported.found) indirect.push(f);
  const absorbed = new Set(reported.absorbed);
  // Stances last, so a reported clause that holds one keeps it: "said she wants to …".
  for (const r of findStances(doc, directFound)) {
    indirect.push(r.found);
    for (const qi of r.absorbs) absorbed.add(qi);
  }

  // 3. Keep what does not cross: direct quotations first, then indirect ones that overlap no quotation
  //    and no other attribution's words.
  const direct = found.filter(
    (f) => !(f.quoted !== null && absorbed.has(f.quoted) && !f.attribution && f.parent === null),
  );
  const directSet = new SpanSet<Found>();
  const taken = new SpanSet<{ start: number; end: number }>();
  for (const f of direct) {
    directSet.add(f);
    if (f.attribution) taken.add(attributionSpan(tokens, f.attribution));
  }
  const kept: Found[] = [];
  const keptSet = new SpanSet<Found>();
  for (const reported of indirect) {
    const f = afterFurniture(reported, furniture);
    const clash =
      directSet
        .overlapping(f.start, f.end)
        .some((k) => !(f.start <= k.start && k.end <= f.end && f.kind === 'mixed' && !k.attribution)) ||
      keptSet.overlapping(f.start, f.end).length > 0 ||
      taken.overlapping(f.start, f.end).length > 0;
    if (clash) continue;
    kept.push(f);
    keptSet.add(f);
    if (f.attribution) taken.add(attributionSpan(tokens, f.attribution));
  }
  // Drop direct quotations a kept mixed quotation absorbed (unattributed, inside it), and nested ones
  // with no cue of their own: a quoted phrase inside a quotation is the speaker's, not a new voice.
  const insideKept = (f: Found) =>
    keptSet.overlapping(f.start, f.end).some((m) => m.start <= f.start && f.end <= m.end);
  const result = [
    ...direct.filter(
      (f) => (f.attribution !== null || !insideKept(f)) && (f.parent === null || f.attribution !== null),
    ),
    ...kept,
  ];
  linkContinuations(doc, result);
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A reported clause that opens the lead starts after its dateline: "LONDON — Voltra is recalling 40,000
 * bikes, the company said" quotes "Voltra is recalling 40,000 bikes".
 */
function afterFurniture(f: Found, furniture: readonly Span[]): Found {
  for (const [a, b] of furniture)
    if (a <= f.start && f.start < b && b < f.end)
      return { ...f, start: b, contentStart: Math.max(f.contentStart, b) };
  return f;
}

function attributionSpan(tokens: readonly Token[], a: Attribution): { start: number; end: number } {
  const cueStart = tokens[a.cue.first]?.start ?? 0;
  const cueEnd = tokens[a.cue.last - 1]?.end ?? 0;
  // A subject borrowed from afar ("an architect who said …, saying, “…”") is not part of this cue's words.
  const subjectLast = a.subject.name?.[1] ?? a.subject.last;
  const subjectFirst = a.subject.name?.[0] ?? a.subject.first;
  if (subjectLast < a.cue.first - ADJACENT_TOKENS || subjectFirst > a.cue.last + ADJACENT_TOKENS) {
    return { start: cueStart, end: cueEnd };
  }
  const subjStart = tokens[a.subject.name?.[0] ?? a.subject.first]?.start ?? cueStart;
  const subjEnd = tokens[(a.subject.name?.[1] ?? a.subject.last) - 1]?.end ?? cueEnd;
  return { start: Math.min(cueStart, subjStart), end: Math.max(cueEnd, subjEnd) };
}

/**
 * Quotations without an attribution of their own: right after another's attribution they continue it
 * (“…,” she said. “…”); in the same or the next paragraph they take the last speaker.
 */
function linkContinuations(doc: Doc, found: Found[]): void {
  const ordered = [...found].sort((a, b) => a.start - b.start);
  let last: Found | null = null;
  for (const f of ordered) {
    if (f.parent !== null) continue;
    if (!f.attribution && f.kind === 'direct' && last) {
      // Interrupted: only the earlier part's own attribution stands between the two parts, in one
      // sentence's worth of text: “…,” said Caddell, speaking of the issue. “…”
      const cueAt = doc.tokens[last.attribution?.cue.first ?? -1]?.start ?? -1;
      const between = doc.text.slice(last.end, f.start);
      const lastPara = doc.seg.paragraphOf[firstTokenAt(doc.tokens, last.start)] ?? -1;
      const thisPara = doc.seg.paragraphOf[firstTokenAt(doc.tokens, f.start)] ?? -1;
      const onlyAttribution =
        /^[\s.,;:!?—–-]*$/.test(between) ||
        (cueAt >= last.end &&
          cueAt < f.start &&
          (between.match(/[.!?](?=\s)/g) ?? []).length <= 1 &&
          !MARK_BETWEEN.test(between));
      if (last.end <= f.start && onlyAttribution && lastPara === thisPara && last.kind === 'direct') {
        f.continues = last;
      } else if (thisPara - lastPara <= 1) {
        f.inherits = last;
      }
    }
    if (f.attribution || f.continues !== null || f.inherits !== null) last = f;
  }
}
