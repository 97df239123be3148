// What every `analyze` result must satisfy, whatever the input: spans in bounds, quotations properly
// nested, ids that resolve, the body returned unchanged. Returns the violations found, so a failing
// property prints all of them at once (`expect(invariantViolations(input, r)).toEqual([])`).

import type { Analysis, Quote, Span, Speaker } from '@/analysis';

export function invariantViolations(input: string, r: Analysis): string[] {
  const out: string[] = [];
  const n = r.text.length;
  const inBounds = (what: string, s: Span | null) => {
    if (s === null) return;
    const [a, b] = s;
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= n))
      out.push(`${what} [${String(a)}, ${String(b)}] is out of bounds (text length ${String(n)})`);
  };
  const spells = (what: string, s: Span, written: string) => {
    if (r.text.slice(s[0], s[1]) !== written)
      out.push(
        `${what} says ${JSON.stringify(written)} but its span holds ${JSON.stringify(r.text.slice(s[0], s[1]))}`,
      );
  };

  // The body, char for char.
  if (!(Number.isInteger(r.bodyOffset) && r.bodyOffset >= 0 && r.bodyOffset <= input.length))
    out.push(`bodyOffset ${String(r.bodyOffset)} is outside the input`);
  if (r.text !== input.slice(r.bodyOffset)) out.push('text is not input.slice(bodyOffset)');

  // Paragraphs and sentences: in bounds, in order, not overlapping; each sentence inside a paragraph.
  const ordered = (what: string, spans: readonly Span[]) => {
    spans.forEach((s, k) => {
      inBounds(`${what}[${String(k)}]`, s);
      const prev = spans[k - 1];
      if (prev && prev[1] > s[0])
        out.push(`${what}[${String(k)}] overlaps or precedes ${what}[${String(k - 1)}]`);
    });
  };
  ordered('paragraphs', r.paragraphs);
  ordered('sentences', r.sentences);
  r.sentences.forEach((s, k) => {
    if (!r.paragraphs.some((p) => p[0] <= s[0] && s[1] <= p[1]))
      out.push(`sentences[${String(k)}] lies in no paragraph`);
  });

  // Furniture.
  const { meta } = r;
  inBounds('meta.titleSpan', meta.titleSpan);
  inBounds('meta.bylineSpan', meta.bylineSpan);
  inBounds('meta.datelineSpan', meta.datelineSpan);
  if (meta.datelineSpan && meta.dateline !== null) spells('meta.dateline', meta.datelineSpan, meta.dateline);
  if (meta.titleSpan && meta.title !== null) spells('meta.title', meta.titleSpan, meta.title);
  if (meta.titleDerived && meta.titleSpan !== null) out.push('a derived title has a titleSpan');

  // Quotations: spans, order, nesting, ids.
  const byId = new Map<string, Quote>();
  for (const q of r.quotes) {
    if (byId.has(q.id)) out.push(`quote id ${q.id} appears twice`);
    byId.set(q.id, q);
  }
  r.quotes.forEach((q, k) => {
    const at = `quotes[${String(k)}] (${q.id})`;
    inBounds(`${at}.span`, q.span);
    inBounds(`${at}.content`, q.content);
    if (!(q.span[0] < q.span[1])) out.push(`${at}.span is empty`);
    if (!(q.span[0] <= q.content[0] && q.content[1] <= q.span[1]))
      out.push(`${at}.content is not within its span`);
    if (q.cue) {
      inBounds(`${at}.cue.span`, q.cue.span);
      spells(`${at}.cue.text`, q.cue.span, q.cue.text);
    }
    if (q.mention) {
      inBounds(`${at}.mention.span`, q.mention.span);
      spells(`${at}.mention.text`, q.mention.span, q.mention.text);
    }
    if (!(Number.isFinite(q.confidence) && q.confidence >= 0 && q.confidence <= 1))
      out.push(`${at}.confidence ${String(q.confidence)} is outside [0, 1]`);
    if ((q.speakerId === null) !== (q.speakerSource === null))
      out.push(
        `${at}.speakerSource ${String(q.speakerSource)} disagrees with speakerId ${String(q.speakerId)}`,
      );
    if (q.speakerSource === 'attribution' && q.cue === null) out.push(`${at} has an attribution but no cue`);
    const prev = r.quotes[k - 1];
    if (prev && prev.span[0] > q.span[0]) out.push(`${at} starts before the quote listed ahead of it`);
    if (q.parentId !== null) {
      const parent = byId.get(q.parentId);
      if (!parent) out.push(`${at}.parentId ${q.parentId} refers to no quote`);
      else if (parent === q || !(parent.span[0] <= q.span[0] && q.span[1] <= parent.span[1]))
        out.push(`${at}.parentId ${q.parentId} does not contain it`);
    }
    if (q.continuesId !== null) {
      const earlier = byId.get(q.continuesId);
      if (!earlier) out.push(`${at}.continuesId ${q.continuesId} refers to no quote`);
      else if (earlier === q || earlier.span[1] > q.span[0])
        out.push(`${at}.continuesId ${q.continuesId} is not an earlier quote`);
    }
  });
  out.push(...crossings(r.quotes));

  // Speakers and the quotations they own, both ways.
  const speakersById = new Map<string, Speaker>();
  for (const s of r.speakers) {
    if (speakersById.has(s.id)) out.push(`speaker id ${s.id} appears twice`);
    speakersById.set(s.id, s);
    s.mentions.forEach((m, k) => {
      inBounds(`speaker ${s.id}.mentions[${String(k)}].span`, m.span);
      spells(`speaker ${s.id}.mentions[${String(k)}].text`, m.span, m.text);
    });
    for (const qid of s.quoteIds) {
      const q = byId.get(qid);
      if (!q) out.push(`speaker ${s.id} lists quote ${qid}, which does not exist`);
      else if (q.speakerId !== s.id)
        out.push(`speaker ${s.id} lists quote ${qid}, whose speakerId is ${String(q.speakerId)}`);
    }
  }
  const quoteIdsOf = new Map(r.speakers.map((s) => [s.id, new Set(s.quoteIds)]));
  for (const q of r.quotes) {
    if (q.speakerId === null) continue;
    const s = speakersById.get(q.speakerId);
    if (!s) out.push(`quote ${q.id}.speakerId ${q.speakerId} refers to no speaker`);
    else if (!(quoteIdsOf.get(s.id)?.has(q.id) ?? false))
      out.push(`quote ${q.id} is missing from speaker ${s.id}.quoteIds`);
  }
  return out;
}

/** Pairs of quotations that overlap without one containing the other (linear, for large articles). */
function crossings(quotes: readonly Quote[]): string[] {
  const out: string[] = [];
  const sorted = [...quotes].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const stack: Quote[] = [];
  for (const q of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1]?.span[1] ?? 0) <= q.span[0]) stack.pop();
    const top = stack[stack.length - 1];
    if (top && q.span[1] > top.span[1]) {
      out.push(`quotes ${top.id} [${top.span.join(', ')}] and ${q.id} [${q.span.join(', ')}] cross`);
      continue;
    }
    stack.push(q);
  }
  return out;
}
