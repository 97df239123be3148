import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';

import type { Span } from '@/content/schema';
import { useLazyModule } from '@/lib/lazy-module';
import { navigate, routes, type ArticleRoute } from '@/lib/router';

import { findModule } from '../components/lazy-parts';
import { scrollToCenter } from '../lib/dom';

/**
 * In-article find: the query lives in the input and is mirrored into the URL (`find`, replaced, not
 * pushed), so a link or a reload brings the same matches back.
 */
export function useFind(
  text: string,
  ranges: readonly Span[],
  route: ArticleRoute,
  root: RefObject<HTMLElement | null>,
) {
  const [open, setOpen] = useState(route.find !== null);
  const [query, setQuery] = useState(route.find ?? '');
  const [current, setCurrent] = useState(0);
  // Bumped by each "open", so "f" on an open bar puts the caret back in its field.
  const [focusSignal, setFocusSignal] = useState(0);
  // The matching arrives with the bar's chunk; until then (a moment, on a `find=` link) nothing is marked.
  const kit = useLazyModule(findModule, open);
  const matches = useMemo(
    () => (open && kit ? kit.findMatches(text, ranges, query) : []),
    [open, kit, text, ranges, query],
  );

  const routeNow = useRef(route);
  useEffect(() => {
    routeNow.current = route;
  });
  useEffect(() => {
    const r = routeNow.current;
    const find = open && query.trim() !== '' ? query : null;
    if (r.find !== find) navigate(routes.article(r.id, { ...r, find }), { replace: true });
  }, [open, query]);

  const shown = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);
  // The current match, brought into view whenever it changes (typing, Enter, the arrows).
  useEffect(() => {
    if (matches.length === 0) return;
    const el = root.current?.querySelector(`[data-find="${String(shown)}"]`);
    if (el) scrollToCenter(el);
  }, [root, matches, shown]);

  return {
    open,
    /** The bar, once its chunk is here. */
    FindBar: open ? kit?.FindBar : undefined,
    query,
    matches,
    /** Kept in range as matches come and go. */
    current: shown,
    setQuery: (q: string) => {
      setQuery(q);
      setCurrent(0);
    },
    step: (direction: 1 | -1) => {
      if (matches.length === 0) return;
      setCurrent((c) => (Math.min(c, matches.length - 1) + direction + matches.length) % matches.length);
    },
    focusSignal,
    show: () => {
      setOpen(true);
      setFocusSignal((n) => n + 1);
    },
    hide: () => {
      setOpen(false);
      setQuery('');
      setCurrent(0);
    },
  };
}
