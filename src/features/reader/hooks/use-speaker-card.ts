import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
} from 'react';

import { closestQuote } from '../lib/dom';

export interface CardState {
  readonly quoteId: string;
  readonly anchor: HTMLElement;
  /** A card opened by hovering closes when the pointer leaves; one opened by focus or a tap on blur. */
  readonly via: 'hover' | 'focus';
}

const OPEN_DELAY = 300;
const CLOSE_DELAY = 250;

/**
 * One speaker card at a time, for the quotation hovered, focused or tapped. The handlers go on the article
 * body (delegation) and on the card.
 */
export function useSpeakerCard() {
  const [card, setCard] = useState<CardState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // A press focuses the quotation before its click; opening the card on that focus would put the card (a
  // bottom sheet on phones) under the finger or pointer, and the click would land on it. The click opens
  // it instead; focus opens it only when it comes from the keyboard.
  const pressing = useRef(false);
  const cardRef = useRef<CardState | null>(null);
  useLayoutEffect(() => {
    cardRef.current = card;
  }, [card]);

  const later = useCallback((fn: () => void, ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(fn, ms);
  }, []);
  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  useEffect(() => cancel, [cancel]);

  const open = useCallback(
    (anchor: HTMLElement, via: CardState['via']) => {
      cancel();
      const quoteId = anchor.dataset['quoteId'];
      if (quoteId !== undefined) setCard({ quoteId, anchor, via });
    },
    [cancel],
  );
  const close = useCallback(() => {
    cancel();
    setCard(null);
  }, [cancel]);

  // Focus moving into the card, or to a quotation (which opens its own), keeps things as they are; focus
  // leaving both (Tab past the card's own button, say) closes a card that focus opened.
  const closeOnFocusAway = (e: FocusEvent<HTMLElement>) => {
    const next = e.relatedTarget;
    if (next instanceof Element && (next.closest('[role="dialog"]') || closestQuote(next))) return;
    if (cardRef.current?.via === 'focus') close();
  };

  const body = {
    onPointerDown: () => {
      pressing.current = true;
      // The focus a press causes comes in the same task; a press that focuses nothing is forgotten.
      window.setTimeout(() => {
        pressing.current = false;
      }, 0);
    },
    onFocus: (e: FocusEvent) => {
      const quote = closestQuote(e.target);
      if (pressing.current) pressing.current = false;
      else if (quote && quote === e.target) open(quote, 'focus');
    },
    onBlur: closeOnFocusAway,
    onPointerOver: (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const quote = closestQuote(e.target);
      const current = cardRef.current;
      if (!quote) return;
      if (current?.anchor === quote) cancel();
      else if (current?.via !== 'focus') later(() => open(quote, 'hover'), OPEN_DELAY);
    },
    onPointerOut: (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      if (cardRef.current?.via === 'hover') later(close, CLOSE_DELAY);
      else if (!cardRef.current) cancel();
    },
  };
  const onCard = {
    onBlur: closeOnFocusAway,
    onPointerEnter: cancel,
    onPointerLeave: (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && cardRef.current?.via === 'hover') later(close, CLOSE_DELAY);
    },
  };
  return { card, open, close, body, onCard };
}
