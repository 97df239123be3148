import { memo, type HTMLAttributes, type Ref } from 'react';

import { FIRST_PARAGRAPHS } from '../lib/progressive';
import type { ReaderModel, ShownParagraph } from '../lib/reader-model';
import { Segments, type HighlightContext } from './quote-highlight';

interface ArticleBodyProps extends HTMLAttributes<HTMLDivElement> {
  readonly model: ReaderModel;
  readonly ctx: HighlightContext;
  /** How many paragraphs are drawn so far (a long article arrives in chunks: useProgressiveCount). */
  readonly count: number;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The paragraphs, each with its index in the article (`data-paragraph`) so a reading position survives a
 * change of text size. Quotation events are handled once here, on the body, by delegation. Paragraphs out
 * of view skip layout and paint (`content-visibility` in index.css), most of the cost of a long article;
 * they stay in the page for find, print and the browser's search.
 */
export function ArticleBody({ model, ctx, count, ref, ...events }: ArticleBodyProps) {
  return (
    <div
      ref={ref}
      {...events}
      data-drawing={count < model.paragraphs.length || undefined}
      // Long ones only: an estimated height above a linked quotation puts the scroll to it off the mark.
      data-long={model.paragraphs.length > FIRST_PARAGRAPHS || undefined}
      className="mt-8 font-serif text-[length:var(--reader-size)] leading-[1.7] break-words [&>p+p]:mt-[0.9em]"
    >
      {model.paragraphs.slice(0, count).map((p) => (
        <Paragraph key={p.index} paragraph={p} ctx={ctx} />
      ))}
    </div>
  );
}

/**
 * One paragraph, drawn again only when the highlighting changes (focus, find, the quotation in the URL):
 * each chunk of a long article then costs its own paragraphs, not all those before it too.
 */
const Paragraph = memo(function Paragraph({
  paragraph,
  ctx,
}: {
  paragraph: ShownParagraph;
  ctx: HighlightContext;
}) {
  return (
    <p data-paragraph={paragraph.index} dir="auto">
      <Segments segments={paragraph.segments} ctx={ctx} />
    </p>
  );
});
