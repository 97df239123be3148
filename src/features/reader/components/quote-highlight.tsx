// The highlight renderer: a paragraph's runs as nested elements, text only as text nodes. Quotations carry
// the DOM contract (data-quote-id, data-quote-kind, data-speaker) and their speaker's colour; helper text
// for screen readers and print is marked `data-sr` so the visible text stays the source, character for
// character.

import { Fragment, memo, type ReactNode } from 'react';

import type { Quote, Speaker } from '@/content/schema';
import { initials } from '@/lib/speaker-colors';

import { cx } from '../lib/dom';
import { cutByMarks, type Mark } from '../lib/marks';
import type { QuoteRun, Segment, TextRun } from '../lib/segments';

export interface HighlightContext {
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly colors: ReadonlyMap<string, number | null>;
  /** Sorted by start. */
  readonly marks: readonly Mark[];
  /** The speaker in focus (others are dimmed), the quotation in the URL and the current find match. */
  readonly focusSpeaker: string | null;
  readonly currentQuote: string | null;
  readonly currentFind: number;
}

export function Segments({ segments, ctx }: { segments: readonly Segment[]; ctx: HighlightContext }) {
  return segments.map((s) =>
    s.type === 'text' ? (
      <TextPieces key={s.span[0]} run={s} marks={ctx.marks} currentFind={ctx.currentFind} />
    ) : (
      <QuoteHighlight key={`${s.quoteId}@${String(s.span[0])}`} run={s} ctx={ctx} />
    ),
  );
}

const KIND_CLASSES: Record<Quote['kind'], string> = {
  direct: 'border-b-2 border-solid bg-sp-tint',
  indirect: 'border-b-2 border-dotted',
  mixed: 'border-b-2 border-dashed bg-[color-mix(in_srgb,var(--sp-tint)_55%,transparent)]',
};

function QuoteHighlight({ run, ctx }: { run: QuoteRun; ctx: HighlightContext }) {
  const quote = ctx.quotes.get(run.quoteId);
  const speakerId = quote?.speakerId ?? null;
  const speaker = speakerId === null ? undefined : ctx.speakers.get(speakerId);
  const color = speakerId === null ? null : (ctx.colors.get(speakerId) ?? null);
  const dimmed = ctx.focusSpeaker !== null && speakerId !== ctx.focusSpeaker;
  // With a speaker in focus, theirs are all filled (indirect ones too) and the others read as plain
  // narration with a grey underline: never fainter than the text around them.
  const focused = ctx.focusSpeaker !== null && !dimmed;
  const first = !run.continuesFromPrevious;
  const last = !run.continuesInNext;
  const who = speaker?.name ?? 'speaker unknown';
  const highlight = (
    <span
      data-quote-id={run.quoteId}
      data-quote-kind={run.kind}
      data-speaker={speakerId ?? undefined}
      data-speaker-color={color === null ? 'none' : String(color)}
      data-depth={run.depth}
      data-dimmed={dimmed || undefined}
      data-current={ctx.currentQuote === run.quoteId || undefined}
      data-continued={run.continuesFromPrevious || undefined}
      data-corrected={quote?.corrected}
      // Only the first piece is a tab stop; a click on a later piece still focuses it.
      tabIndex={first ? 0 : -1}
      className={cx(
        'cursor-pointer rounded-[2px] box-decoration-clone transition-colors print:bg-transparent',
        KIND_CLASSES[run.kind],
        dimmed ? 'border-rule bg-transparent' : 'border-sp',
        focused && 'bg-sp-tint',
        run.depth > 0 && !dimmed && 'shadow-[0_0_0_1.5px_var(--sp)]',
        ctx.currentQuote === run.quoteId && 'outline-2 outline-offset-2 outline-sp',
      )}
    >
      {first && (
        <>
          <span
            data-sr
            aria-hidden="true"
            className={cx(
              'mr-1 inline-block rounded-[3px] px-1 align-[0.1em] font-sans text-[0.62em] leading-normal font-bold tracking-wide text-page select-none print:hidden',
              dimmed ? 'bg-muted' : 'bg-sp',
            )}
          >
            {speaker ? initials(speaker.name) : '?'}
            {quote?.corrected && ' ✎'}
          </span>
          <span data-sr className="sr-only select-none">
            {run.depth > 0 ? 'Quotation within, by ' : 'Quotation by '}
            {who}
            {quote?.corrected && ' (corrected)'}:{' '}
          </span>
        </>
      )}
      <Segments segments={run.children} ctx={ctx} />
    </span>
  );
  // On paper there are no cards: the speaker's name follows the quotation, outside its underline.
  return last ? (
    <>
      {highlight}
      <span data-sr className="hidden print:inline">
        {' '}
        — {speaker?.name ?? 'unattributed'}
      </span>
    </>
  ) : (
    highlight
  );
}

const MARK_CLASSES = {
  find: 'rounded-[2px] bg-yellow-200 text-inherit outline-1 outline-yellow-600 dark:bg-yellow-300/25 dark:outline-yellow-300',
  current:
    'rounded-[2px] bg-orange-300 text-inherit outline-2 outline-orange-700 dark:bg-orange-400/45 dark:outline-orange-300',
  // A search hit is filled as the current find match is, with a dashed outline to tell them apart.
  hit: 'rounded-[2px] bg-orange-300 text-inherit outline-2 outline-dashed outline-orange-700 dark:bg-orange-400/45 dark:outline-orange-300',
};

interface TextPiecesProps {
  readonly run: TextRun;
  readonly marks: readonly Mark[];
  readonly currentFind: number;
}

// Memoised on the marks alone: focusing a speaker or stepping through quotations re-renders the
// quotations, not the thousands of text runs between them (npm run bench times the focus).
const TextPieces = memo(function TextPieces({ run, marks: allMarks, currentFind }: TextPiecesProps) {
  const text = run.text;
  const [from] = run.span;
  return cutByMarks(run.span, allMarks).map(({ span, marks }) => {
    let node: ReactNode = text.slice(span[0] - from, span[1] - from);
    const find = marks.find((m) => m.kind === 'find');
    const hit = marks.some((m) => m.kind === 'hit');
    if (find || hit) {
      const current = find !== undefined && find.index === currentFind;
      node = (
        <mark
          data-find={find?.index}
          data-find-current={current || undefined}
          data-search-hit={hit || undefined}
          className={current ? MARK_CLASSES.current : find ? MARK_CLASSES.find : MARK_CLASSES.hit}
        >
          {node}
        </mark>
      );
    }
    if (marks.some((m) => m.kind === 'dateline')) {
      node = (
        <span data-dateline className="font-sans text-[0.8em] font-semibold tracking-wider">
          {node}
        </span>
      );
    }
    return <Fragment key={span[0]}>{node}</Fragment>;
  });
});
