import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { Correction } from '@/content/corrections/schema';
import type { Article, Quote } from '@/content/schema';
import { refreshArticle } from '@/lib/api/article';
import { removeCorrection, saveCorrection, useCorrections } from '@/lib/corrections';
import { lazyModule, prepare, useLazyModule } from '@/lib/lazy-module';

import { correctionOf } from '../lib/correction-draft';
import { quoteElement } from '../lib/dom';

// The form is a chunk of its own, fetched when the pointer comes near "Correct…" or it is pressed.
const formModule = lazyModule(() => import('./correction-form'));

const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-rule px-3 font-medium hover:bg-rule';

interface Props {
  readonly article: Article;
  readonly quote: Quote;
  /** Keeps a card opened by hovering open while the reader works in it. */
  readonly onPin: () => void;
  readonly onClose: () => void;
}

/** The quotation, whose card then opens again to show what changed; the article's title if it is gone. */
function focusAfter(quoteId: string): void {
  (quoteElement(document, quoteId) ?? document.getElementById('article-title'))?.focus();
}

/** The card's corrections part: who corrected it, Undo, and "Correct…" opening the form. */
export function CardCorrection({ article, quote, onPin, onClose }: Props) {
  const client = useQueryClient();
  const mine = correctionOf(article, quote, useCorrections());
  const [editing, setEditing] = useState(false);
  const form = useLazyModule(formModule, editing);

  const change = (apply: () => boolean) => {
    apply();
    onClose();
    // Back to the quotation once it is drawn again; a rejected one is gone, and focus goes to the body.
    void refreshArticle(client, article.id).then(() =>
      window.requestAnimationFrame(() => focusAfter(quote.id)),
    );
  };
  const save = (c: Correction | null) => change(() => (c ? saveCorrection(c) : true));

  if (editing && form) {
    return (
      <div className="basis-full">
        <form.CorrectionForm
          article={article}
          quote={quote}
          earlier={mine}
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }
  // Inside the card's row of buttons, beside "Copy citation", so the card grows by no line of its own.
  return (
    <>
      <button
        type="button"
        className={BUTTON}
        aria-busy={(editing && !form) || undefined}
        onPointerEnter={() => prepare(formModule)}
        onClick={() => {
          onPin();
          setEditing(true);
        }}
      >
        Correct…
      </button>
      {(mine || quote.corrected) && (
        <p className="flex basis-full items-center gap-2 font-semibold">
          <span aria-hidden="true">✎</span>
          <span className="mr-auto">{mine ? 'Corrected by you' : 'Corrected by the editor'}</span>
          {mine && (
            <button type="button" className={BUTTON} onClick={() => change(() => removeCorrection(mine))}>
              Undo<span className="sr-only"> correction</span>
            </button>
          )}
        </p>
      )}
    </>
  );
}
