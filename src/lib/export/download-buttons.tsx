import { useId } from 'react';

import { CSV_TYPE, downloadFile, JSON_TYPE } from './download';
import { recordsCsv, recordsJson, type QuoteRecord } from './records';

interface Props {
  /** Visible: "Download the quotations of this article". */
  readonly label: string;
  /** The file name without its extension: `verbatim-harbour-bridge`. */
  readonly file: string;
  /** What the JSON says it holds. */
  readonly of: string;
  /** Made on click, so the links in them are the page's address at that moment. */
  readonly records: () => QuoteRecord[];
}

const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-[var(--rule)] px-3 text-sm font-medium hover:bg-[var(--rule)]';

/** Two buttons, CSV and JSON, saving the quotations as a file made in the page. */
export function DownloadButtons({ label, file, of, records }: Props) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2">
      <span id={id} className="text-sm text-[var(--muted)]">
        {label}
      </span>
      <button
        type="button"
        onClick={() => downloadFile(`${file}.csv`, recordsCsv(records()), CSV_TYPE)}
        className={BUTTON}
      >
        CSV<span className="sr-only"> (spreadsheet)</span>
      </button>
      <button
        type="button"
        onClick={() => downloadFile(`${file}.json`, recordsJson(of, records()), JSON_TYPE)}
        className={BUTTON}
      >
        JSON
      </button>
    </div>
  );
}
