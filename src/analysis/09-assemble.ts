// Stage 9: the public result. Quotations get ids in reading order, speakers are the entities that were
// quoted (in order of their first quotation), and every span is checked: in bounds, non-empty, nested.

import type { Token } from './02-tokenize';
import type { Coreference } from './08-coreference';
import { kindOf } from './08a-entities';
import type { Found } from './quotation';
import type { CueKind, Quote, Speaker, Span } from './types';

export function assemble(
  text: string,
  tokens: readonly Token[],
  found: readonly Found[],
  coref: Coreference,
): { quotes: Quote[]; speakers: Speaker[] } {
  const order = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const keep = properlyNested(order, text.length);
  const idOf = new Map<Found, string>();
  for (const f of order) if (keep.has(f)) idOf.set(f, `q${idOf.size + 1}`);

  // Speakers: entities with at least one kept quotation, ordered by first quotation.
  const speakerIdOf = new Map<number, string>();
  const quotesOf = new Map<number, string[]>();
  for (const f of order) {
    const id = idOf.get(f);
    const entity = coref.resolutions.get(f)?.entity;
    if (!id || entity === null || entity === undefined) continue;
    if (!speakerIdOf.has(entity)) speakerIdOf.set(entity, `s${speakerIdOf.size + 1}`);
    const list = quotesOf.get(entity);
    if (list) list.push(id);
    else quotesOf.set(entity, [id]);
  }

  const quotes: Quote[] = [];
  for (const f of order) {
    const id = idOf.get(f);
    if (!id) continue;
    const r = coref.resolutions.get(f);
    const cue = f.attribution?.cue;
    const cueSpan = cue
      ? checked([tokens[cue.first]?.start ?? -1, tokens[cue.last - 1]?.end ?? -1], text.length)
      : null;
    const entity = r?.entity ?? null;
    const mention = r?.mention && checked(r.mention.span, text.length) ? r.mention : null;
    quotes.push({
      id,
      kind: f.kind,
      span: [f.start, f.end],
      content: [f.contentStart, f.contentEnd],
      cue:
        cue && cueSpan
          ? {
              span: cueSpan,
              text: text.slice(cueSpan[0], cueSpan[1]),
              kind: cueKind(cue.lemma),
              lemma: cue.lemma,
            }
          : null,
      speakerId: entity === null ? null : (speakerIdOf.get(entity) ?? null),
      mention,
      speakerSource:
        entity === null ? null : f.attribution ? 'attribution' : f.continues ? 'continuation' : 'context',
      confidence: entity === null ? 0 : (r?.confidence ?? 0),
      // A parent must hold its child; the repairs above should guarantee it, this makes it so.
      parentId:
        f.parent !== null && f.parent.start <= f.start && f.end <= f.parent.end
          ? (idOf.get(f.parent) ?? null)
          : null,
      continuesId: f.continues === null ? null : (idOf.get(f.continues) ?? null),
      repaired: f.repaired,
    });
  }

  const speakers: Speaker[] = [];
  for (const [entity, id] of speakerIdOf) {
    const e = coref.entities[entity];
    if (!e) continue;
    const aliases = [...new Set(e.mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter(
      (a) => a !== e.name,
    );
    speakers.push({
      id,
      name: e.name,
      named: e.named,
      kind: kindOf(e),
      roles: [...e.roles],
      aliases,
      mentions: [...e.mentions].sort((a, b) => a.span[0] - b.span[0]),
      quoteIds: quotesOf.get(entity) ?? [],
    });
  }
  return { quotes, speakers };
}

/** The span if it lies inside the text and is not empty; otherwise null. */
function checked(span: Span, length: number): Span | null {
  const [a, b] = span;
  return a >= 0 && a < b && b <= length ? span : null;
}

function cueKind(lemma: string): CueKind {
  if (lemma === 'dash' || lemma === 'label') return lemma;
  return lemma === 'according to' ? 'phrase' : 'verb';
}

/** Keeps quotations that are in bounds and nest; a quotation that crosses one kept before it is dropped. */
function properlyNested(sorted: readonly Found[], length: number): Set<Found> {
  const kept = new Set<Found>();
  const stack: Found[] = [];
  for (const f of sorted) {
    if (!(
      f.start >= 0 &&
      f.end <= length &&
      f.start < f.end &&
      f.start <= f.contentStart &&
      f.contentEnd <= f.end &&
      f.contentStart <= f.contentEnd
    ))
      continue;
    while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= f.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && f.end > top.end) continue; // crosses its would-be parent
    kept.add(f);
    stack.push(f);
  }
  return kept;
}
