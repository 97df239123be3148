import { memo, type HTMLAttributes, type Ref } from 'react';

import type { ReaderModel } from '../lib/reader-model';
import { Segments, type HighlightContext } from './quote-highlight';

interface ArticleBodyProps extends HTMLAttributes<HTMLDivElement> {
  readonly model: ReaderModel;
  readonly ctx: HighlightContext;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The paragraphs, each with its index in the article (`data-paragraph`) so a reading position survives a
 * change of text size. Quotation events are handled once here, on the body, by delegation.
 */
export function ArticleBody({ model, ctx, ref, ...events }: ArticleBodyProps) {
  return (
    <div
      ref={ref}
      {...events}
      className="mt-8 font-serif text-[length:var(--reader-size)] leading-[1.7] break-words [&>p+p]:mt-[0.9em]"
    >
      <Paragraphs paragraphs={model.paragraphs} ctx={ctx} />
    </div>
  );
}

// Memoised: a render of the reader that changes no highlight (a card opening, a deferred focus not yet
// applied) leaves the thousands of elements of a long article alone.
const Paragraphs = memo(function Paragraphs({
  paragraphs,
  ctx,
}: {
  paragraphs: ReaderModel['paragraphs'];
  ctx: HighlightContext;
}) {
  return paragraphs.map((p) => (
    <p key={p.index} data-paragraph={p.index} dir="auto">
      <Segments segments={p.segments} ctx={ctx} />
    </p>
  ));
});
