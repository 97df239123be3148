import { useLayoutEffect, useRef, type FocusEventHandler, type PointerEventHandler } from 'react';

import type { Article, Quote, Speaker } from '@/content/schema';
import { formatCitation } from '@/lib/export/citation';
import { CopyButton } from '@/lib/export/copy-button';
import { quoteRecord } from '@/lib/export/records';
import { initials } from '@/lib/speaker-colors';

import {
  confidenceWords,
  KIND_WORDS,
  mentionWords,
  sourceWords,
  SPEAKER_KIND_WORDS,
} from '../lib/card-facts';
import { onScrollFrames, placeCard, type CardSide } from '../lib/place-card';
import { CardCorrection } from './card-correction';

interface SpeakerCardProps {
  readonly id: string;
  readonly article: Article;
  readonly quote: Quote;
  readonly speaker: Speaker | null;
  readonly color: number | null;
  /** The quotation element the card is for. */
  readonly anchor: HTMLElement;
  /** Above the quotation for a hover, below it otherwise (src/features/reader/lib/place-card.ts). */
  readonly prefer: CardSide;
  readonly onClose: () => void;
  /** Keeps it open while the reader corrects the quotation, even if it opened on hover. */
  readonly onPin: () => void;
  readonly onPointerEnter: PointerEventHandler;
  readonly onPointerLeave: PointerEventHandler;
  readonly onBlur: FocusEventHandler;
}

/**
 * Who said it and how the engine knows: a popover beside the quotation on wide screens, a sheet at the
 * bottom on phones (the quotation is scrolled above it). The quotation points at it with
 * aria-describedby, so a screen reader reads it on focus.
 */
export function SpeakerCard({
  id,
  article,
  quote,
  speaker,
  color,
  anchor,
  prefer,
  onPin,
  ...handlers
}: SpeakerCardProps) {
  const card = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = card.current;
    if (!el) return;
    // Placed within the positioned article column (its offset parent on wide screens).
    const place = () => placeCard(el, anchor, prefer, true);
    placeCard(el, anchor, prefer);
    anchor.setAttribute('aria-describedby', id);
    window.addEventListener('resize', place);
    const stopWatching = onScrollFrames(place);
    return () => {
      window.removeEventListener('resize', place);
      stopWatching();
      anchor.removeAttribute('aria-describedby');
    };
  }, [anchor, id, prefer]);

  const facts: [string, string | null][] = speaker
    ? [
        ['Cue', quote.cue ? `“${quote.cue.text}”` : null],
        ['Speaker', mentionWords(quote.mention, speaker)],
        ['How', sourceWords(quote.speakerSource)],
        // A person set the speaker of a corrected quotation: the engine's confidence no longer applies.
        ['Confidence', quote.corrected && !quote.speakerSource ? null : confidenceWords(quote.confidence)],
      ]
    : [['Cue', quote.cue ? `“${quote.cue.text}”` : null]];

  return (
    <div
      ref={card}
      id={id}
      role="dialog"
      aria-label={speaker ? `Speaker: ${speaker.name}` : 'Speaker unknown'}
      data-speaker-color={color === null ? 'none' : String(color)}
      onPointerEnter={handlers.onPointerEnter}
      onPointerLeave={handlers.onPointerLeave}
      onBlur={handlers.onBlur}
      className="z-40 rounded-lg border border-edge border-t-4 border-t-sp bg-panel p-4 font-sans text-sm text-ink shadow-lg dark:shadow-black/60 max-sm:fixed max-sm:inset-x-2 max-sm:bottom-[max(0.5rem,env(safe-area-inset-bottom))] max-sm:max-h-[70dvh] max-sm:overflow-y-auto sm:absolute sm:w-80 print:hidden"
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-sp text-xs font-bold text-page"
        >
          {speaker ? initials(speaker.name) : '?'}
        </span>
        <div className="min-w-0 flex-1">
          <p className="font-semibold break-words">
            {speaker ? speaker.name : 'Speaker unknown — no attribution found'}
          </p>
          {speaker && (
            <p className="text-muted">{[SPEAKER_KIND_WORDS[speaker.kind], ...speaker.roles].join(' · ')}</p>
          )}
          <p className="mt-1 text-muted">
            {KIND_WORDS[quote.kind]}
            {quote.parentId && ', inside another quotation'}
            {quote.repaired && ', quotation marks repaired'}
          </p>
        </div>
        <button
          type="button"
          onClick={handlers.onClose}
          className="-m-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-lg hover:bg-rule sm:hidden"
        >
          <span aria-hidden="true">×</span>
          <span className="sr-only">Close</span>
        </button>
      </div>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {facts
          .filter((f): f is [string, string] => f[1] !== null)
          .map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted">{term}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
      </dl>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <CopyButton
          label="Copy citation"
          text={() => formatCitation(quoteRecord(article, quote, window.location.href))}
        />
        <CardCorrection article={article} quote={quote} onPin={onPin} onClose={handlers.onClose} />
      </div>
    </div>
  );
}
