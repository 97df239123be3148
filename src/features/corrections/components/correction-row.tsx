import type { Correction } from '@/content/corrections/schema';
import { href, routes } from '@/lib/router';

import { describeCorrection } from '../lib/describe';

interface Props {
  readonly correction: Correction;
  readonly onUndo: (correction: Correction) => void;
}

/** One correction: the quotation's first words (a link to the article), what changed, and Undo. */
export function CorrectionRow({ correction, onUndo }: Props) {
  const { target } = correction;
  const words = describeCorrection(correction);
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
      <div className="min-w-0 flex-1 basis-64">
        <p className="font-serif break-words">
          <a href={href(routes.article(correction.article))} className="underline-offset-2 hover:underline">
            “{target.text}…”
          </a>
        </p>
        <p className="text-sm text-muted">{words}</p>
      </div>
      <button
        type="button"
        onClick={() => onUndo(correction)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-rule px-3 text-sm font-medium hover:bg-rule"
      >
        Undo
        <span className="sr-only">
          : {words}, “{target.text}”
        </span>
      </button>
    </li>
  );
}
