// Stage 4: the furniture of a news text. Front matter wins; otherwise the first short lines give the
// headline and byline ("AT Monitoring Desk", "By Jane Roe"), the lead's opening capitals the dateline
// ("KABUL:", "WASHINGTON (Reuters) —"), and when no headline exists one is derived from the lead.

import type { Token } from './02-tokenize';
import type { Block, Segmentation } from './03-segment';
import { sentenceAt } from './doc';
import type { ArticleMeta, Span } from './types';

// allow: "By Jane Roe", "AT Monitoring Desk", "Staff Reporter", "CTV Vancouver"
const BYLINE_PREFIX = /^by\s+\S/i;
const BYLINE_WORDS =
  /\b(?:desk|staff|reporter|correspondent|writer|editor|bureau|wire|newsroom|monitoring|contributor|columnist)\b/i;
const BYLINE_FILLERS = new Set([
  'and',
  'of',
  'the',
  '&',
  '|',
  '-',
  '—',
  '–',
  ',',
  'de',
  'van',
  'von',
  'da',
  'in',
]);
// allow: "KABUL:", "WASHINGTON (Reuters) -", "NEW YORK, June 5 (AP) —", "Ottawa, Ont. —"
const DATELINE_CAPS =
  /^((?:\p{Lu}[\p{Lu}\p{M}'’.-]*)(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*)*(?:,[ \t]*[\p{L}\p{M}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,2})?)[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?::|—|–|--|-(?=[ \t]))[ \t]*/u;
const DATELINE_TITLE =
  /^(\p{Lu}[\p{L}\p{M}.'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}.'’-]+)?,[ \t]*\p{Lu}[\p{L}\p{M}.]+)[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:—|–|--)[ \t]*/u;
// allow: "READ MORE: …", "WATCH: …", "Story continues below", "Tap the image above"
const ASIDE =
  /^(?:(?:read more|watch|related|more|photos?|video|listen|sponsored|advertisement|sign up|subscribe|follow us|share this)\s*:|(?:story continues below|advertisement|tap the image|click (?:the image|here)|sign up for)\b)/i;
const TITLE_MAX_WORDS = 25;
const DERIVED_TITLE_MAX = 100;

export interface Furniture {
  readonly meta: ArticleMeta;
  /** Lines a web page leaves in a scraped article ("READ MORE: …", "WATCH: …"), not part of the story. */
  readonly asides: readonly Span[];
  /** Paragraph index where the story starts (after headline and byline). */
  readonly leadIndex: number;
  /**
   * The dateline with what follows it up to the story's first word: "FRESNO, Calif. (Reuters) — ". The
   * meta's span holds the place alone, as the reader shows it.
   */
  readonly datelinePrefix: Span | null;
  /** The headline line in the body, also when front matter gives the title (the meta's span is null then). */
  readonly headlineSpan: Span | null;
}

export function findFurniture(
  text: string,
  tokens: readonly Token[],
  seg: Segmentation,
  fields: Readonly<Record<string, string>>,
): Furniture {
  const paras = seg.paragraphs;
  let i = 0;
  let titleSpan: Span | null = null;
  let bylineSpan: Span | null = null;
  // Up to three short lines may stand before the lead: headline, byline, outlet.
  while (i < paras.length - 1 && i < 3) {
    const p = paras[i];
    if (!p) break;
    const words = wordsOf(tokens, p);
    const next = paras[i + 1];
    const nextIsBy = next !== undefined && BYLINE_PREFIX.test(text.slice(next.start, next.end));
    if (!titleSpan && !bylineSpan && nextIsBy && looksLikeHeadline(tokens, p, words)) {
      // "Taliban Reject Ceasefire" above "By Jane Roe": a headline, however short.
      titleSpan = [p.start, p.end];
    } else if (!bylineSpan && looksLikeByline(text, tokens, p, words)) {
      bylineSpan = [p.start, p.end];
    } else if (!titleSpan && !bylineSpan && looksLikeHeadline(tokens, p, words)) {
      titleSpan = [p.start, p.end];
    } else break;
    i++;
  }
  // The lead is the first paragraph with words in it ("—" alone is no lead).
  while (i < paras.length - 1 && wordsOf(tokens, paras[i] as Block).every((t) => t.kind !== 'word')) i++;
  const lead = paras[i];
  let datelineSpan: Span | null = null;
  let datelinePrefix: Span | null = null;
  let dateline: string | null = null;
  if (lead) {
    const head = text.slice(lead.start, Math.min(lead.end, lead.start + 80));
    const caps = DATELINE_CAPS.exec(head);
    const m = caps ?? DATELINE_TITLE.exec(head);
    const place = m?.[1];
    // The capitals form needs a word of two capitals or more: "KABUL:" but not "A:".
    if (m && place && m[0].length < lead.end - lead.start && (!caps || /\p{Lu}{2,}/u.test(place))) {
      dateline = place.replace(/[,\s]+$/, '');
      datelineSpan = [lead.start, lead.start + dateline.length];
      datelinePrefix = [lead.start, lead.start + m[0].length];
    }
  }
  const given = fields['title']?.trim() || null;
  const written = titleSpan ? text.slice(titleSpan[0], titleSpan[1]) : null;
  const derived = given || written ? null : deriveTitle(text, tokens, seg, lead, datelinePrefix);
  const bylineText =
    fields['byline'] ?? fields['author'] ?? (bylineSpan ? text.slice(bylineSpan[0], bylineSpan[1]) : null);
  return {
    asides: paras
      .filter((p) => ASIDE.test(text.slice(p.start, Math.min(p.end, p.start + 40))))
      .map((p) => [p.start, p.end] as const),
    leadIndex: i,
    datelinePrefix,
    headlineSpan: titleSpan,
    meta: {
      title: given ?? written ?? derived,
      titleDerived: !given && !written && derived !== null,
      titleSpan: given ? null : titleSpan,
      date: fields['date'] ?? null,
      source: fields['source'] ?? null,
      url: fields['url'] ?? null,
      byline: bylineText?.replace(/^by\s+/i, '').trim() || null,
      bylineSpan,
      dateline,
      datelineSpan,
      language: fields['language'] ?? fields['lang'] ?? null,
    },
  };
}

function wordsOf(tokens: readonly Token[], p: Block): Token[] {
  const out: Token[] = [];
  for (let k = p.first; k < p.last; k++) {
    const t = tokens[k];
    if (t && t.kind !== 'break') out.push(t);
  }
  return out;
}

function looksLikeByline(text: string, tokens: readonly Token[], p: Block, words: Token[]): boolean {
  const line = text.slice(p.start, p.end);
  if (line.length > 80 || words.length > 12) return false;
  if (BYLINE_PREFIX.test(line)) return true;
  const last = tokens[p.last - 1];
  if (last?.kind === 'punct' && /[.!?"”]/.test(last.text)) return false;
  if (BYLINE_WORDS.test(line) && words.length <= 8) return true;
  // A short run of capitalised words: a name or an outlet ("CTV Vancouver", "Jane Roe").
  const real = words.filter((w) => !BYLINE_FILLERS.has(w.norm));
  return real.length >= 1 && real.length <= 4 && real.every((w) => w.cap || w.kind === 'punct');
}

function looksLikeHeadline(tokens: readonly Token[], p: Block, words: Token[]): boolean {
  const wordCount = words.filter((w) => w.kind === 'word').length;
  if (wordCount < 3 || wordCount > TITLE_MAX_WORDS) return false;
  // A headline has no closing period (also none inside closing quotation marks: …leadership.”); a
  // question or exclamation mark is fine.
  let k = p.last - 1;
  while (k > p.first && tokens[k]?.kind === 'punct' && /["”’»)]/.test(tokens[k]?.text ?? '')) k--;
  const last = tokens[k];
  return !(last?.kind === 'punct' && last.text === '.');
}

function deriveTitle(
  text: string,
  tokens: readonly Token[],
  seg: Segmentation,
  lead: Block | undefined,
  datelinePrefix: Span | null,
): string | null {
  if (!lead) return null;
  // Start after the dateline, its agency and its separator, in the sentence that holds the story's first
  // word ("FRESNO, Calif. (Reuters) — …": the abbreviation may have closed a sentence of its own).
  let from = lead.first;
  if (datelinePrefix) {
    while (from < lead.last && (tokens[from]?.start ?? 0) < datelinePrefix[1]) from++;
    while (from < lead.last && tokens[from]?.kind === 'punct') from++;
  }
  const firstSentence = sentenceAt(seg, from);
  if (!firstSentence) return null;
  // Cut at the first clause boundary once the title has a few words; drop the closing period.
  let to = from;
  let words = 0;
  for (; to < firstSentence.last; to++) {
    const t = tokens[to];
    if (!t) break;
    if (t.kind === 'word') words++;
    else if (words >= 4 && /^[,;:—–(]$/.test(t.text)) break;
  }
  while (to > from && tokens[to - 1]?.kind === 'punct' && /^[.,;:!?]$/.test(tokens[to - 1]?.text ?? '')) to--;
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return null;
  const title = text.slice(a.start, b.end).replace(/\s+/g, ' ');
  if (title.length <= DERIVED_TITLE_MAX) return title;
  const cut = title.lastIndexOf(' ', DERIVED_TITLE_MAX - 1);
  return `${title.slice(0, cut > 20 ? cut : DERIVED_TITLE_MAX - 1)}…`;
}
