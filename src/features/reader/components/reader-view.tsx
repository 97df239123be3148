import {
  memo,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';

import type { Article } from '@/content/schema';
import { prefetchWhenIdle, useLazyModule } from '@/lib/lazy-module';
import { href, navigate, routes, type ArticleRoute } from '@/lib/router';

import { useFind } from '../hooks/use-find';
import { useProgressiveCount } from '../hooks/use-progressive-count';
import { useQuoteSteps } from '../hooks/use-quote-steps';
import { useReaderKeys } from '../hooks/use-reader-keys';
import { useReadingPosition } from '../hooks/use-reading-position';
import { useRouteTargets } from '../hooks/use-route-targets';
import { useSpeakerCard } from '../hooks/use-speaker-card';
import { closestQuote } from '../lib/dom';
import { buildMarks } from '../lib/marks';
import { drawingNeeds } from '../lib/progressive';
import { readPosition } from '../lib/position';
import { buildReaderModel } from '../lib/reader-model';
import { computeVoices } from '../lib/voices';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { FindButton } from './find-button';
import { findModule, progressModule, speakerCardModule } from './lazy-parts';
import { VoicesSummary } from './voices-summary';

/**
 * The reading column for one article; a new article starts afresh (no card or find carried over). Drawn
 * again only when the article or the route changes, not when the speakers' sidebar beside it arrives.
 */
export const ReaderView = memo(function ReaderView({
  article,
  route,
}: {
  article: Article;
  route: ArticleRoute;
}) {
  return <Reader key={article.id} article={article} route={route} />;
});

function Reader({ article, route }: { article: Article; route: ArticleRoute }) {
  const model = useMemo(() => buildReaderModel(article), [article]);
  const voices = useMemo(
    () =>
      computeVoices(
        model.paragraphs.map((p) => p.segments),
        article.quotes,
      ),
    [model, article.quotes],
  );
  const column = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const findButton = useRef<HTMLButtonElement>(null);
  const cardId = useId();
  const { card, open: openCard, close: closeCard, body: cardEvents, onCard } = useSpeakerCard();
  const find = useFind(article.text, model.ranges, route, body);
  const cardKit = useLazyModule(speakerCardModule, card !== null);
  const progress = useLazyModule(progressModule);
  useEffect(() => prefetchWhenIdle(speakerCardModule, findModule), []);
  const pointed = useRouteTargets(body, route);
  // Where the saved place is, read once: a long article is drawn down to it before it is restored.
  const [savedAt] = useState(() => readPosition(article.id)?.paragraph ?? null);
  useReadingPosition(article.id, body, !pointed);

  const marks = useMemo(
    () => buildMarks(find.matches, route.match, model.paragraphs),
    [find.matches, route.match, model.paragraphs],
  );
  const currentFind = find.current;
  // A focus re-draws every quotation of a long article: deferred, so the press that chose the speaker is
  // answered at once (the sidebar) and the highlights follow in a render that yields to the next input.
  const focusSpeaker = useDeferredValue(route.speaker);
  const ctx = useMemo(
    () => ({ ...model, marks, focusSpeaker, currentQuote: route.quote, currentFind }),
    [model, marks, focusSpeaker, route.quote, currentFind],
  );

  const quoteSteps = useQuoteSteps(body, model, route);
  const count = useProgressiveCount(
    model.paragraphs.length,
    drawingNeeds(model, route, pointed ? null : savedAt, find.open ? find.matches[currentFind] : undefined),
  );

  const closeFind = () => {
    find.hide();
    findButton.current?.focus();
  };

  useReaderKeys({
    step: quoteSteps.step,
    openFind: find.show,
    escape: () => {
      if (card) closeCard();
      else if (find.open) closeFind();
      else if (route.speaker)
        navigate(routes.article(route.id, { ...route, speaker: null }), { replace: true });
      else return false;
      return true;
    },
  });

  const activate = (e: MouseEvent | KeyboardEvent) => {
    const quote = closestQuote(e.target);
    const id = quote?.dataset['quoteId'];
    if (!quote || id === undefined) return;
    openCard(quote, 'focus');
    quoteSteps.select(id);
  };

  const quote = card ? model.quotes.get(card.quoteId) : undefined;
  const speakerId = quote?.speakerId ?? null;
  return (
    <article
      ref={column}
      aria-labelledby="article-title"
      lang={article.meta.language ?? undefined}
      className="relative mx-auto w-full max-w-[66ch] min-w-0 py-8 data-[find]:pb-28 print:max-w-none print:py-0"
      data-find={find.open || undefined}
    >
      {progress && <progress.ReadingProgress articleId={article.id} target={column} body={body} />}
      <ArticleHeader
        article={article}
        datelineInBody={model.paragraphs.some((p) => p.dateline !== null)}
        actions={<FindButton ref={findButton} onClick={find.show} />}
      />
      <VoicesSummary voices={voices} speakers={model.speakers} colors={model.colors} />
      {model.dropped.length > 0 && (
        <p role="note" className="mt-4 font-sans text-sm text-muted">
          {model.dropped.length === 1
            ? 'One quotation overlaps another and is not highlighted.'
            : `${String(model.dropped.length)} quotations overlap others and are not highlighted.`}
        </p>
      )}
      <ArticleBody
        ref={body}
        model={model}
        ctx={ctx}
        count={count}
        {...cardEvents}
        onClick={activate}
        onKeyDown={(e) => {
          if ((e.key === 'Enter' || e.key === ' ') && closestQuote(e.target) === e.target) {
            e.preventDefault();
            activate(e);
          }
        }}
      />
      {/* The article's end, and room under it on wide screens: a quotation near the end can still come up
          near the top with its card below it, clear of the lines leading into it (see scrollNearTop). */}
      <footer className="mt-12 border-t border-rule pt-4 font-sans text-sm text-muted sm:mb-64 print:hidden">
        End of article.{' '}
        <a href={href(routes.library())} className="inline-flex min-h-11 items-center underline">
          Back to the library
        </a>
      </footer>
      {card && quote && cardKit && (
        <cardKit.SpeakerCard
          id={cardId}
          article={article}
          quote={quote}
          speaker={(speakerId !== null && model.speakers.get(speakerId)) || null}
          color={speakerId === null ? null : (model.colors.get(speakerId) ?? null)}
          anchor={card.anchor}
          prefer={card.via === 'hover' ? 'above' : 'below'}
          onClose={closeCard}
          onPin={() => openCard(card.anchor, 'focus')}
          {...onCard}
        />
      )}
      {find.FindBar && (
        <find.FindBar
          query={find.query}
          count={find.matches.length}
          current={find.current}
          onQuery={find.setQuery}
          onStep={find.step}
          onClose={closeFind}
          focusSignal={find.focusSignal}
        />
      )}
    </article>
  );
}
