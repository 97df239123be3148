import { lazy, Suspense, useId, useMemo } from 'react';

import type { Article, Quote } from '@/content/schema';
import { href, navigate, routes, type ArticleRoute } from '@/lib/router';
import { isTyping } from '@/lib/shortcuts';
import { speakerColor } from '@/lib/speaker-colors';
import { useDocumentEvent } from '@/lib/use-document-event';

import { scrollToQuote } from '../lib/scroll-to-quote';
import { summarize } from '../lib/summarize';

import { SheetBar } from './sheet-bar';
import { SpeakerList } from './speaker-list';
import { isSheetLayout, useSheet, useSheetLayout } from './use-sheet';

const ArticleDownloads = lazy(() =>
  import('./article-downloads').then((m) => ({ default: m.ArticleDownloads })),
);

const BUTTON =
  'inline-flex min-h-11 shrink-0 items-center justify-center rounded-md px-3 text-sm font-medium hover:bg-rule';

/**
 * Who is quoted, most first; choosing one focuses the reader on their quotations (`?speaker=`) and lists
 * them here as links to their place. A sticky column from `lg` up; below it a bar along the bottom that
 * opens into a sheet. The `aside` is the "Speakers" landmark in both layouts, and on phones it keeps the
 * bar's height in the page's flow, so the fixed bar never covers the article's last lines.
 */
export function SpeakerSidebar({ article, route }: { article: Article; route: ArticleRoute }) {
  const summary = useMemo(() => summarize(article), [article]);
  const focused = summary.quoted.find((r) => r.speaker.id === route.speaker)?.speaker ?? null;
  const { open, setOpen, close, toggleRef, panelRef } = useSheet();
  // A closed sheet's panel is not drawn at all: on a phone the list would be built for nothing (hidden)
  // as the article loads, and its downloads' code fetched with it.
  const sheet = useSheetLayout();
  const drawn = open || !sheet;
  const panelId = useId();

  // The find text survives a change of focus; a quotation or search hit to scroll to does not.
  const withFocus = (speaker: string | null, quote: string | null = null) =>
    routes.article(route.id, { speaker, quote, find: route.find });
  // A history entry each, so Back undoes a focus.
  const setFocus = (speaker: string | null) => navigate(withFocus(speaker));
  const toggleFocus = (speaker: string) => setFocus(speaker === focused?.id ? null : speaker);
  const hrefFor = (q: Quote) => href(withFocus(route.speaker, q.id));
  const goToQuote = (q: Quote) => {
    // The sheet would cover the quotation; focus goes to the quotation, not back to the toggle.
    if (isSheetLayout()) close(false);
    // Replace: stepping from quotation to quotation is not worth a Back press each (see navigate).
    navigate(withFocus(route.speaker, q.id), { replace: true });
    scrollToQuote(q.id);
  };

  useDocumentEvent('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (open) {
      e.preventDefault();
      close(true);
    } else if (route.speaker !== null && !isTyping(e) && !document.querySelector('dialog[open]')) {
      // The shortcut list's "Esc: clear the speaker focus"; a card or field that handles Esc first wins.
      e.preventDefault();
      navigate(routes.article(route.id, { find: route.find }));
    }
  });

  const color = focused
    ? speakerColor(
        article.speakers.map((s) => s.id),
        focused.id,
      )
    : null;
  return (
    <aside
      aria-label="Speakers"
      className="h-[calc(3.5rem+env(safe-area-inset-bottom))] print:hidden lg:sticky lg:top-16 lg:h-auto lg:max-h-[calc(100dvh-5rem)] lg:self-start lg:overflow-auto lg:px-2 lg:py-8"
    >
      {open && (
        // Pointer users close by tapping outside; keyboard users have Escape and the close button.
        <div
          aria-hidden="true"
          onClick={() => close(true)}
          className="fixed inset-0 z-40 touch-none bg-black/50 lg:hidden"
        />
      )}
      {/* Collapsed, the bar sits under the reader's card and find bar (z-20); open, the sheet is modal. */}
      <div
        onBlur={(e) => {
          // Tabbing out of the open sheet closes it rather than leaving focus behind the scrim.
          if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget))
            close(false);
        }}
        className={`fixed inset-x-0 bottom-0 ${open ? 'z-40 rounded-t-2xl' : 'z-20'} border-t border-rule bg-panel pr-[max(1rem,env(safe-area-inset-right))] pb-[env(safe-area-inset-bottom)] pl-[max(1rem,env(safe-area-inset-left))] shadow-[0_-4px_16px_rgb(0_0_0/0.12)] lg:static lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        <div
          id={panelId}
          ref={panelRef}
          className={`${open ? 'max-h-[70dvh] overflow-y-auto overscroll-contain' : 'max-lg:hidden'} lg:max-h-none lg:overflow-visible`}
        >
          {drawn && (
            <>
              <div className="flex min-h-11 items-center gap-2 pt-3 max-lg:sticky max-lg:top-0 max-lg:z-10 max-lg:bg-panel lg:pt-0">
                {/* The row is as tall as its buttons with or without them, so "Clear focus" moves nothing. */}
                <h2 className="flex-1 font-serif text-xl font-semibold">Speakers</h2>
                {/* Also for a speaker id this article does not have (an old link): the reader may dim everything. */}
                {route.speaker !== null && (
                  <button type="button" onClick={() => setFocus(null)} className={BUTTON}>
                    Clear focus
                  </button>
                )}
                <button
                  type="button"
                  data-sheet-autofocus
                  onClick={() => close(true)}
                  className={`${BUTTON} lg:hidden`}
                >
                  Close<span className="sr-only"> speakers</span>
                </button>
              </div>
              {!focused && summary.quoted.length > 0 && (
                <p className="mt-1 text-sm text-muted">Choose a speaker to follow only their quotations.</p>
              )}
              <div className="pb-4">
                <SpeakerList
                  article={article}
                  summary={summary}
                  focusedId={focused?.id ?? null}
                  currentQuoteId={route.quote}
                  onToggle={toggleFocus}
                  hrefFor={hrefFor}
                  onGo={goToQuote}
                />
                {article.quotes.length > 0 && (
                  <div className="mt-4 border-t border-rule pt-3">
                    <Suspense fallback={null}>
                      <ArticleDownloads article={article} />
                    </Suspense>
                  </div>
                )}
              </div>
            </>
          )}
        </div>
        <SheetBar
          open={open}
          count={summary.quoted.length}
          focused={focused}
          color={color}
          panelId={panelId}
          toggleRef={toggleRef}
          onToggle={() => (open ? close(true) : setOpen(true))}
          onClear={() => setFocus(null)}
        />
      </div>
    </aside>
  );
}
