// Stage 7: decide which quoted spans are quotations, find the cue and the subject each rests on, and find
// the indirect quotations a cue introduces.
//   direct, cue after:    “…,” Kabulov said. / “…,” said the presidential envoy. / “…” — Jane Roe
//   direct, cue before:   He told reporters: “…” / they answered this statement: “…”
//   direct, interrupted:  “…,” she said. “…”   (the second part continues the first)
//   indirect:             X said (that) … / X told Y that … / X noted, …, … / …, X added. / according to X, …
//   mixed:                an indirect clause that holds a quoted fragment.

import type { Token } from './02-tokenize';
import type { Doc } from './doc';
import { firstTokenAt } from './doc';
import { SpanSet } from './spans';
import { subjectAfter, subjectBefore, type Subject } from './06-noun-phrases';
import {
  ARTICLES,
  CUE_VERBS,
  HEARER_WORDS,
  NOUN_LIKE_CUES,
  STRONG_SPEECH_LEMMAS,
  type CueVerb,
  isBareCue,
} from './lexicon/reporting-verbs';
import {
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  DETERMINERS,
  NUMBER_WORDS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  VERB_SATELLITES,
  WEEKDAYS_MONTHS,
} from './lexicon/words';
import type { QuoteKind, Span } from './types';

export interface CueRef {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
}

export interface Attribution {
  readonly cue: CueRef;
  readonly subject: Subject;
  /** Token range the attribution occupies (cue and subject), to recognise what follows it. */
  readonly first: number;
  readonly last: number;
}

export interface Found {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly attribution: Attribution | null;
  /** The quotation this one is nested in. */
  parent: Found | null;
  /** The earlier part of an interrupted quotation. */
  continues: Found | null;
  /** A quotation whose speaker this one takes (a quotation that stands alone after another). */
  inherits: Found | null;
  readonly repaired: boolean;
  /** Quoted span index for direct quotations. */
  readonly quoted: number | null;
}

const MIN_DIRECT_WORDS = 5;
const MIN_CLAUSE_WORDS = 3;
const MIN_FRONTED_WORDS = 4;
/** Tokens an attribution may take after a quotation: “…,” Bill Sims, the city's director of works, said. */
const AFTER_WINDOW = 18;
const BEFORE_WINDOW = 14;
const DASHES = new Set(['—', '―', '–', '-']);
const STOPS = new Set(['.', '!', '?', ';', '…']);
const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'last',
  'this',
  'next',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
]);
/** Cues that report an instruction in an infinitive: "urged residents to conserve water". */
const INSTRUCTING_LEMMAS = new Set([
  'tell',
  'advise',
  'remind',
  'urge',
  'ask',
  'warn',
  'instruct',
  'order',
  'encourage',
  'caution',
  'recommend',
]);
const FACTIVE_LEMMAS = new Set(['know', 'feel', 'realize', 'understand']);
/** How far back a quotation closing in this sentence may have opened (a long, multi-paragraph one). */
const MAX_SPAN_BACK = 20_000;
const MIN_ACT_WORDS = 5;
const AUTHOR_PRONOUNS = new Set(['i', 'we', 'you']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
const FINITE_AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  "'s",
  "'re",
  "'ll",
  "'d",
  "'ve",
  'am',
]);
/** Openers of a subordinate or prepositional phrase: "When asked …, X said" reports nothing itself. */
const NOT_REPORTED_OPENERS = new Set([
  'when',
  'if',
  'as',
  'while',
  'because',
  'although',
  'though',
  'since',
  'after',
  'before',
  'until',
  'unless',
  'despite',
  'whereas',
  'once',
]);
const POST_CUE_ADVERBS = new Set([
  'however',
  'though',
  'also',
  'again',
  'now',
  'then',
  'further',
  'instead',
  'meanwhile',
]);
const CLAUSE_SUBJECT_WORDS = new Set([
  'there',
  'it',
  'this',
  'that',
  'these',
  'those',
  'such',
  'all',
  'none',
  'no',
]);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const cueAt = (tokens: readonly Token[], i: number): CueVerb | undefined => {
  const t = tokens[i];
  const cue = isWord(t) ? CUE_VERBS.get(t.norm) : undefined;
  return cue && (!cue.particle || tokens[i + 1]?.norm === cue.particle) ? cue : undefined;
};

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);
const IRREGULAR_PARTICIPLES = new Set([
  'told',
  'said',
  'written',
  'known',
  'shown',
  'found',
  'thought',
  'felt',
  'understood',
  'read',
  'sworn',
]);

/**
 * Is the cue word at `v` a verb that attributes? Not a noun ("the mayor’s claims", "a cost estimate"),
 * an infinitive ("an odd thing to say"), a passive ("when the tax was announced"), or a bare gerund ("a
 * letter demanding …"); a participle after a comma ("…, adding") or in a progressive ("is saying") is.
 */
function isFiniteCue(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (!t) return false;
  let p = v - 1;
  while (isWord(tokens[p]) && (/^\p{Ll}+ly$/u.test(tokens[p]?.text ?? '') || tokens[p]?.norm === 'also')) p--;
  const prev = tokens[p];
  const prevNorm = prev?.norm ?? '';
  if (prevNorm === 'to') return false;
  // "the officer in charge", "on report": after a preposition the word is a noun.
  if (NOUN_LIKE_CUES.has(t.norm) && PREPOSITIONS.has(prevNorm) && prevNorm !== 'as') return false;
  // "did not say", "didn't respond", "never confirmed": nothing is attributed.
  if (prevNorm === 'not' || prevNorm === 'never' || prevNorm.endsWith("n't")) return false;
  if (NOUN_LIKE_CUES.has(t.norm)) {
    // A noun when a determiner, possessive or number opens its phrase: "a final cost estimate".
    for (let k = p, n = 0; k >= 0 && n < 4; k--, n++) {
      const u = tokens[k];
      if (!isWord(u)) break;
      if (ARTICLES.has(u.norm) || u.norm.endsWith("'s") || /^\d/.test(u.norm) || NUMBER_WORDS.has(u.norm))
        return false;
      if (u.cap || PREPOSITIONS.has(u.norm) || VERB_SATELLITES.has(u.norm) || isBareCue(u.norm)) break;
    }
  }
  if (t.norm.endsWith('ing'))
    return prev?.text === ',' || BE_FORMS.has(prevNorm) || prevNorm === 'as' || prevNorm === 'by';
  const participle = t.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.norm);
  // "he was quoted as saying" attributes; "the tax was announced" does not.
  if (participle && BE_FORMS.has(prevNorm) && t.norm !== 'quoted') return false;
  return true;
}

/** `furniture`: spans that are byline or dateline, never a speaker's label ("KABUL:"). */
export function findQuotations(doc: Doc, furniture: readonly Span[] = []): Found[] {
  const { tokens, seg, quoted } = doc;
  const found: Found[] = [];
  const foundOfQuoted = new Map<number, number>();
  const usedCues = new Set<number>();
  const fragments: number[] = [];

  // 1. Direct quotations: each quoted span that reads as speech, with its attribution.
  quoted.forEach((q, qi) => {
    const openTok = firstTokenAt(tokens, q.start);
    const contentFirst = firstTokenAt(tokens, q.contentStart);
    const contentLast = firstTokenAt(tokens, q.contentEnd);
    const afterTok = firstTokenAt(tokens, q.end);
    const para = seg.paragraphs[seg.paragraphOf[contentFirst] ?? seg.paragraphOf[openTok] ?? -1];
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
    if (!speechLike || words === 0) {
      fragments.push(qi);
      return;
    }
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

  // 2. Lines of a transcript ("PENCE: Well, look, …"), then indirect and mixed quotations from the cues
  //    not yet used.
  const indirect: Found[] = speakerLabels(doc, furniture);
  const attributed = new SpanSet<Found>();
  for (const f of found) if (f.attribution && f.parent === null) attributed.add(f);
  const absorbed = new Set<number>();
  for (let v = 0; v < tokens.length; v++) {
    if (usedCues.has(v) || doc.quotedAt[v] !== -1 || doc.ignored[v]) continue;
    const t = tokens[v];
    if (!isWord(t)) continue;
    const results =
      t.norm === 'according' && tokens[v + 1]?.norm === 'to'
        ? accordingTo(doc, v)
        : indirectFrom(doc, v, found, foundOfQuoted, attributed);
    for (const r of results) {
      indirect.push(r.found);
      for (const qi of r.absorbs) absorbed.add(qi);
    }
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
  for (const f of indirect) {
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

function attributionSpan(tokens: readonly Token[], a: Attribution): { start: number; end: number } {
  const cueStart = tokens[a.cue.first]?.start ?? 0;
  const cueEnd = tokens[a.cue.last - 1]?.end ?? 0;
  const subjStart = tokens[a.subject.name?.[0] ?? a.subject.first]?.start ?? cueStart;
  const subjEnd = tokens[(a.subject.name?.[1] ?? a.subject.last) - 1]?.end ?? cueEnd;
  return { start: Math.min(cueStart, subjStart), end: Math.max(cueEnd, subjEnd) };
}

function lastParagraphToken(doc: Doc, from: number, paraLast: number): number {
  // Attributions never reach into the next quotation: stop at the next quoted span in the paragraph.
  for (let k = from; k < paraLast; k++) {
    const t = doc.tokens[k];
    if (t && t.kind === 'punct' && /["“”„«»]/.test(t.text) && doc.quotedAt[k + 1] !== -1) return k;
  }
  return paraLast;
}

function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word') n++;
  return n;
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
  while (j < ceil && tokens[j]?.text === ',') j++;
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
    if (!t || (t.kind === 'punct' && (STOPS.has(t.text) || t.text === ':' || /["“”«»]/.test(t.text))))
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
    if (t.kind === 'punct' && /["“«]/.test(t.text)) return true;
  }
  return from >= ceil;
}

// allow: "PENCE: Well, look …", "Jane Roe: We will appeal" — not "READ MORE:", "Q:", "Update:"
const LABEL_STOPLIST = new Set([
  'q',
  'a',
  'note',
  'update',
  'updated',
  'editor',
  "editor's",
  'correction',
  'source',
  'sources',
  'photo',
  'video',
  'watch',
  'read',
  'related',
  'breaking',
  'exclusive',
  'transcript',
  'warning',
  'disclaimer',
  'credit',
  'caption',
  'listen',
  'more',
  'tags',
  'topics',
  'share',
]);
const MAX_LABEL_WORDS = 4;

/**
 * A paragraph opened by a speaker's name and a colon is what that speaker said: interview transcripts
 * ("WALLACE: Governor, …") and headlines ("Jane Roe: We will appeal"). Verbatim in a transcript (capitals
 * or several such lines), a paraphrase in a single headline.
 */
function speakerLabels(doc: Doc, furniture: readonly Span[]): Found[] {
  const { tokens, seg } = doc;
  const lines: Array<{ label: [number, number]; colon: number; para: (typeof seg.paragraphs)[number] }> = [];
  for (const p of seg.paragraphs) {
    let k = p.first;
    if (tokens[k]?.kind === 'punct' && /["“]/.test(tokens[k]?.text ?? '')) k++;
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
    if (t.kind === 'punct' && (STOPS.has(t.text) || /["“”«»]/.test(t.text))) return null;
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

/** ", adding that …" / ", saying …": a participle cue takes the subject of the clause it hangs on. */
function participleSubject(
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
function sentenceSubject(doc: Doc, floor: number, limit: number): Subject | null {
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

function sentenceFirst(doc: Doc, k: number): number {
  const si = doc.seg.sentenceOf[k] ?? -1;
  return doc.seg.sentences[si]?.first ?? k;
}

function sentenceLast(doc: Doc, k: number): number {
  const si = doc.seg.sentenceOf[k] ?? -1;
  return doc.seg.sentences[si]?.last ?? k + 1;
}

function particleEnd(tokens: readonly Token[], k: number, cue: CueVerb): number {
  if (cue.particle && tokens[k + 1]?.norm === cue.particle) return k + 2;
  // "quoted as saying"
  if (cue.lemma === 'quote' && tokens[k + 1]?.norm === 'as' && CUE_VERBS.has(tokens[k + 2]?.norm ?? ''))
    return k + 3;
  // "told reporters": the hearer belongs to the cue.
  if (cue.cls === 'tell' && HEARER_WORDS.has(tokens[k + 1]?.norm ?? '')) return k + 2;
  return k + 1;
}

interface IndirectResult {
  readonly found: Found;
  readonly absorbs: readonly number[];
}

/** X said (that) … / X told Y that … / X noted, …, … / …, X added. / …, said X. */
function indirectFrom(
  doc: Doc,
  v: number,
  direct: readonly Found[],
  foundOfQuoted: ReadonlyMap<number, number>,
  attributed: SpanSet<Found>,
): IndirectResult[] {
  const { tokens } = doc;
  const cue = cueAt(tokens, v);
  const t = tokens[v];
  if (!cue || !t || cue.cls === 'manner' || t.cap || doc.ignored[v] || !isFiniteCue(tokens, v)) return [];
  // "know", "feel", "realize": facts or moods, not reports.
  if (FACTIVE_LEMMAS.has(cue.lemma)) return [];
  const sFirst = sentenceFirst(doc, v);
  const sLast = sentenceLast(doc, v);
  const floor = Math.max(sFirst, afterLastQuote(doc, v, sFirst, attributed));
  const cueLast = particleEnd(tokens, v, cue);
  const cueRef: CueRef = { first: v, last: cueLast, lemma: cue.lemma };
  const results: IndirectResult[] = [];
  const adjacent = subjectBefore(tokens, v, floor);
  const subject = adjacent ?? coordinatedSubject(doc, v, floor) ?? participleSubject(doc, v, floor, direct);
  // "I would suggest …" outside quotation marks is the writer, not a source.
  if (subject?.kind === 'pronoun' && AUTHOR_PRONOUNS.has(tokens[subject.head]?.norm ?? '')) return [];
  if (subject) {
    const attribution: Attribution = { cue: cueRef, subject, first: subject.first, last: cueLast };
    const clauseStart = complementStart(doc, cueLast, sLast, cue);
    if (clauseStart !== null) {
      const r = clause(doc, clauseStart.at, sLast, attribution, clauseStart.that, direct, foundOfQuoted);
      if (r) results.push(r);
    }
    // A subject set off by commas: "…, X said, …" or a trailing "…, X added." (also after ,” of a fragment)
    const before = commaBefore(tokens, subject.first - 1);
    if (adjacent && before !== null && subject.first - 1 >= floor && endsClauseAt(tokens, cueLast, sLast)) {
      const r = fronted(doc, floor, before, attribution);
      if (r) results.unshift(r);
    }
    return results;
  }
  // Inverted: "…, said the minister." / "…, assured Kabulov." / "…, insists X, …" (never a participle:
  // in "…, asking the city to …" the phrase after the cue is its object).
  const comma = commaBefore(tokens, v - 1);
  if (comma !== null && comma > floor && !t.norm.endsWith('ing')) {
    const s = subjectAfter(tokens, cueLast, sLast);
    if (s && endsClauseAt(tokens, s.last, sLast)) {
      const attribution: Attribution = { cue: cueRef, subject: s, first: v, last: s.last };
      const r = fronted(doc, floor, comma, attribution);
      if (r) results.push(r);
      if (r && tokens[s.last]?.text === ',') {
        const rest = clause(doc, s.last + 1, sLast, attribution, false, direct, foundOfQuoted);
        if (rest && countWords(tokens, s.last + 1, sLast) >= MIN_FRONTED_WORDS) results.push(rest);
      }
    }
  }
  return results;
}

/** The comma before an attribution, written alone or inside a fragment's closing mark (…,” she said). */
function commaBefore(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k];
  if (t?.text === ',') return k;
  if (t && t.kind === 'punct' && /["”’»]/.test(t.text) && tokens[k - 1]?.text === ',') return k;
  return null;
}

/** "He said X, and added Y" / "IRCC did not …, but said …": the subject of the clause's first verb. */
function coordinatedSubject(doc: Doc, v: number, floor: number): Subject | null {
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

/** "according to X, …" and "…, according to X." */
function accordingTo(doc: Doc, k: number): IndirectResult[] {
  const { tokens } = doc;
  const sFirst = sentenceFirst(doc, k);
  const sLast = sentenceLast(doc, k);
  const s = subjectAfter(tokens, k + 2, sLast);
  if (!s) return [];
  const attribution: Attribution = {
    cue: { first: k, last: k + 2, lemma: 'according to' },
    subject: s,
    first: k,
    last: s.last,
  };
  const floor = Math.max(sFirst, afterLastQuote(doc, k, sFirst, new SpanSet<Found>()));
  const results: IndirectResult[] = [];
  if (tokens[k - 1]?.text === ',' && k - 1 > floor) {
    const r = fronted(doc, floor, k - 1, attribution);
    if (r) results.push(r);
  }
  if (tokens[s.last]?.text === ',') {
    const r = clause(doc, s.last + 1, sLast, attribution, false, [], new Map());
    if (r) results.push(r);
  }
  return results;
}

/** The token after the last attributed quotation that closes before `v` in its sentence. */
function afterLastQuote(doc: Doc, v: number, sFirst: number, attributed: SpanSet<Found>): number {
  const { tokens } = doc;
  const limit = tokens[v]?.start ?? 0;
  const from = tokens[sFirst]?.start ?? 0;
  // A quotation closing inside this sentence may have opened before it: look back one sentence's worth.
  const last = attributed.lastEndingBy(from - MAX_SPAN_BACK, limit);
  return last && last.end > from ? Math.max(sFirst, firstTokenAt(tokens, last.end)) : sFirst;
}

/** Does the attribution end its clause here (sentence end or a comma)? */
function endsClauseAt(tokens: readonly Token[], k: number, sLast: number): boolean {
  let j = k;
  // "…, Kabulov said in an interview." still ends the clause.
  while (
    j < sLast &&
    isWord(tokens[j]) &&
    (PREPOSITIONS.has(tokens[j]?.norm ?? '') || TIME_WORDS.has(tokens[j]?.norm ?? ''))
  ) {
    j = skipPhrase(tokens, j + 1, sLast);
  }
  const t = tokens[j];
  return j >= sLast || !t || (t.kind === 'punct' && (STOPS.has(t.text) || t.text === ','));
}

/** Where the reported clause starts after a cue: past a hearer, time and place phrases, a comma or "that". */
function complementStart(
  doc: Doc,
  from: number,
  sLast: number,
  cue: CueVerb,
): { at: number; that: boolean } | null {
  const { tokens } = doc;
  let j = from;
  const hearer = tokens[j];
  const takesHearer = cue.cls === 'tell' || INSTRUCTING_LEMMAS.has(cue.lemma);
  if (takesHearer && isWord(hearer) && hearer.norm !== 'that' && !PREPOSITIONS.has(hearer.norm)) {
    // "told CTV News Friday", "told the newspaper", "urged residents": the hearer comes first.
    j = skipPhrase(tokens, j, sLast);
  }
  // "criticized the deal", "cited a report from …": what the speech act was about is what was said.
  if (cue.cls === 'act') {
    const o = tokens[j];
    // A bare object ("cited the Starlight Tours") names a topic; a longer one reports what was said. Not
    // in a headline ("Minister defends cuts to bus routes"), which has no closing punctuation.
    const ended = /[.!?…"”’»)]/.test(tokens[sLast - 1]?.text ?? '');
    const says =
      ended &&
      isWord(o) &&
      !PREPOSITIONS.has(o.norm) &&
      !CONJUNCTIONS.has(o.norm) &&
      clauseWords(tokens, j, sLast) >= MIN_ACT_WORDS;
    return says ? { at: j, that: true } : null;
  }
  // "urged residents to conserve water", "advised people never to use …": an instruction.
  const inf =
    tokens[j]?.norm === 'to'
      ? j
      : ['not', 'never'].includes(tokens[j]?.norm ?? '') && tokens[j + 1]?.norm === 'to'
        ? j
        : -1;
  if (inf >= 0) return j > from && INSTRUCTING_LEMMAS.has(cue.lemma) ? { at: inf, that: true } : null;
  for (let n = 0; n < 4 && j < sLast; n++) {
    const u = tokens[j];
    if (!isWord(u)) break;
    if (PREPOSITIONS.has(u.norm) && u.norm !== 'that') {
      j = skipPhrase(tokens, j + 1, sLast);
      continue;
    }
    // "said Thursday", "told reporters last week": time words alone, not the clause after them.
    if (WEEKDAYS_MONTHS.has(u.norm) || TIME_WORDS.has(u.norm)) {
      j++;
      continue;
    }
    break;
  }
  // "said however, that …", "told CNN recently": adverbs between the cue and its clause.
  while (
    j < sLast &&
    isWord(tokens[j]) &&
    (POST_CUE_ADVERBS.has(tokens[j]?.norm ?? '') || /^\p{Ll}+ly$/u.test(tokens[j]?.text ?? ''))
  ) {
    j++;
    if (tokens[j]?.text === ',' && tokens[j + 1]?.norm === 'that') j++;
  }
  let that = false;
  let comma = false;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') {
    comma = true;
    j++;
  }
  if (tokens[j]?.norm === 'that') {
    that = true;
    j++;
  }
  const u = tokens[j];
  if (!u || j >= sLast) return null;
  if (that || comma) return { at: j, that: true };
  if (u.kind === 'punct') return /["“«]/.test(u.text) ? { at: j, that: false } : null;
  // "advised people never to use …", "urged residents to conserve …": an instruction.
  if (u.norm === 'to' || ((u.norm === 'not' || u.norm === 'never') && tokens[j + 1]?.norm === 'to')) {
    return j > from && INSTRUCTING_LEMMAS.has(cue.lemma) ? { at: j, that: true } : null;
  }
  // Without "that", what follows must read as a clause, not an object: "confirmed the move" is not speech.
  // After "said" an article opens a clause ("said the talks resume in June"): it is rarely said of a thing.
  const saidClause = cue.lemma === 'say' && ARTICLES.has(u.norm) && countWords(tokens, j, sLast) >= 4;
  if (!saidClause && !looksFinite(tokens, j, sLast)) return null;
  const n = u.norm;
  const subjectLike =
    PERSONAL_PRONOUNS.has(n) ||
    DETERMINERS.has(n) ||
    CLAUSE_SUBJECT_WORDS.has(n) ||
    NUMBER_WORDS.has(n) ||
    /^\d/.test(n) ||
    (u.cap && !WEEKDAYS_MONTHS.has(n));
  // After the plainest cues ("said", "added", "told X") any clause may follow: "said police were …".
  const plain =
    STRONG_SPEECH_LEMMAS.has(cue.lemma) &&
    u.kind === 'word' &&
    !PREPOSITIONS.has(n) &&
    !CONJUNCTIONS.has(n) &&
    !isBareCue(n) &&
    !VERB_SATELLITES.has(n);
  return subjectLike || plain ? { at: j, that: false } : null;
}

/** Words up to the end of the clause that starts at `from` (a comma or semicolon ends it). */
function clauseWords(tokens: readonly Token[], from: number, limit: number): number {
  let n = 0;
  for (let k = from; k < limit; k++) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && (t.text === ',' || t.text === ';' || STOPS.has(t.text)))) break;
    if (t.kind === 'word') n++;
  }
  return n;
}

/** Does a clause start here: a subject pronoun, or an auxiliary or past-tense verb within its first words? */
function looksFinite(tokens: readonly Token[], from: number, limit: number): boolean {
  const first = tokens[from]?.norm ?? '';
  if (SUBJECT_PRONOUNS.has(first)) return true;
  // "said when Trudeau dismisses …": a subordinate clause opens the report.
  if (NOT_REPORTED_OPENERS.has(first) && countWords(tokens, from, limit) >= 5) return true;
  let words = 0;
  let beforePreposition = true;
  for (let k = from; k < limit && words < 20; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    words++;
    if (k > from && PREPOSITIONS.has(t.norm)) beforePreposition = false;
    // "the station’s board frequently lobbies its members": a present-tense verb, told from a plural noun
    // by an adverb before it or an object after it.
    const prev = tokens[k - 1];
    const next = tokens[k + 1]?.norm ?? '';
    if (beforePreposition && k > from && /^\p{Ll}{3,}[^s]s$/u.test(t.text) && isWord(prev)) {
      if (/^\p{Ll}+ly$/u.test(prev.text) || ARTICLES.has(next) || next === 'that') return true;
    }
    if (k > from && (FINITE_AUX.has(t.norm) || t.norm.endsWith("n't"))) return true;
    if (k > from && t.norm.length > 4 && t.norm.endsWith('ed') && !ARTICLES.has(tokens[k - 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/** Skips a short noun phrase: determiners, modifiers, names (up to six words). */
function skipPhrase(tokens: readonly Token[], from: number, limit: number): number {
  let j = from;
  while (j < limit && j - from < 6) {
    const u = tokens[j];
    if (!isWord(u)) break;
    if (j > from && (PREPOSITIONS.has(u.norm) || u.norm === 'that')) break;
    if (j > from && isBareCue(u.norm) && !NOUN_LIKE_CUES.has(u.norm)) break;
    // A second determiner, a pronoun or an auxiliary starts the clause: "in that speech the cost could …".
    if (j > from && (PERSONAL_PRONOUNS.has(u.norm) || DETERMINERS.has(u.norm) || VERB_SATELLITES.has(u.norm)))
      break;
    j++;
  }
  return j;
}

/** The reported clause from `start` to the end of its sentence, stopping before a new attribution. */
function clause(
  doc: Doc,
  start: number,
  sLast: number,
  attribution: Attribution,
  that: boolean,
  direct: readonly Found[],
  foundOfQuoted: ReadonlyMap<number, number>,
): IndirectResult | null {
  const { tokens, quoted } = doc;
  let k = start;
  const absorbs: number[] = [];
  let end = start;
  while (k < sLast) {
    const t = tokens[k];
    if (!t) break;
    const qi = doc.quotedAt[k + 1] ?? -1;
    if (t.kind === 'punct' && qi !== -1 && doc.quotedAt[k] !== qi && quoted[qi]?.start === t.start) {
      // A quotation inside the clause: a fragment makes the clause mixed; an attributed quotation ends it.
      const fi = foundOfQuoted.get(qi);
      const f = fi === undefined ? undefined : direct[fi];
      if (f?.attribution && f.attribution.cue.first !== attribution.cue.first) break;
      absorbs.push(qi);
      const q = quoted[qi];
      k = q ? firstTokenAt(tokens, q.end) : k + 1;
      end = k;
      continue;
    }
    if (t.kind === 'punct' && (t.text === ';' || (t.text === ',' && newAttributionAt(doc, k + 1, sLast))))
      break;
    if (t.norm === 'and' && isCueAhead(tokens, k + 1)) break;
    k++;
    end = k;
  }
  // Trim closing punctuation (but keep a closing quotation mark of a fragment).
  while (
    end > start &&
    tokens[end - 1]?.kind === 'punct' &&
    /^[.,;:!?…—–-]$/.test(tokens[end - 1]?.text ?? '')
  )
    end--;
  if (countWords(tokens, start, end) < (that ? 2 : MIN_CLAUSE_WORDS)) return null;
  const a = tokens[start];
  const b = tokens[end - 1];
  if (!a || !b) return null;
  return {
    found: {
      kind: absorbs.length ? 'mixed' : 'indirect',
      start: a.start,
      end: b.end,
      contentStart: a.start,
      contentEnd: b.end,
      attribution,
      parent: null,
      continues: null,
      inherits: null,
      repaired: false,
      quoted: null,
    },
    absorbs,
  };
}

/** The clause before a trailing or parenthetical attribution: "It is on his watch, Scheer said, …". */
function fronted(doc: Doc, floor: number, comma: number, attribution: Attribution): IndirectResult | null {
  const { tokens } = doc;
  let start = floor;
  while (start < comma && (tokens[start]?.kind === 'punct' || tokens[start]?.kind === 'break')) start++;
  // A clause, not an adverbial: "But for this", "When asked about it" or "Despite the cost" report nothing.
  let lead = start;
  while (lead < comma && CONJUNCTIONS.has(tokens[lead]?.norm ?? '')) lead++;
  const opener = tokens[lead]?.norm ?? '';
  if (NOT_REPORTED_OPENERS.has(opener) || PREPOSITIONS.has(opener)) return null;
  if (countWords(tokens, lead, comma) < MIN_FRONTED_WORDS) return null;
  const r = clause(doc, start, comma + 1, attribution, true, [], new Map());
  return r && r.found.end <= (tokens[comma]?.end ?? 0) ? r : null;
}

/** ", he said" / ", said X" / ", according to" / ", adding": a new attribution starts after this comma. */
function newAttributionAt(doc: Doc, k: number, sLast: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  if (!isWord(t)) return false;
  if (t.norm === 'according' && tokens[k + 1]?.norm === 'to') return true;
  const cue = cueAt(tokens, k);
  if (cue && cue.cls !== 'belief') return true; // ", said X" / ", adding …"
  for (let j = k + 1; j < Math.min(sLast, k + 7); j++) {
    const c = cueAt(tokens, j);
    if (c && !tokens[j]?.cap) {
      const s = subjectBefore(tokens, j, k);
      if (s === null || s.first !== k) return false;
      // ", he said." ends the clause; ", he believed the station …" opens a new report.
      return (
        endsClauseAt(tokens, j + 1, sLast) || (s.kind !== 'descriptor' && looksFinite(tokens, j + 1, sLast))
      );
    }
    const u = tokens[j];
    if (!u || u.kind === 'punct') return false;
  }
  return false;
}

function isCueAhead(tokens: readonly Token[], k: number): boolean {
  const c = cueAt(tokens, k);
  return c !== undefined && c.cls !== 'belief';
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
          !/["“”]/.test(between));
      if (last.end <= f.start && onlyAttribution && lastPara === thisPara && last.kind === 'direct') {
        f.continues = last;
      } else if (thisPara - lastPara <= 1) {
        f.inherits = last;
      }
    }
    if (f.attribution || f.continues !== null || f.inherits !== null) last = f;
  }
}
