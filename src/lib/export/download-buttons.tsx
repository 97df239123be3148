import { useId, useState } from 'react';

import { CSV_TYPE, downloadFile, JSON_TYPE } from './download';
import { recordsCsv, recordsJson, type QuoteRecord } from './records';

interface Props {
  /** Visible: "Download the quotations of this article". */
  readonly label: string;
  /** The file name without its extension: `verbatim-harbour-bridge`. */
  readonly file: string;
  /** What the JSON says it holds. */
  readonly of: string;
  /**
   * Made on click, so the links in them are the page's address at that moment; a promise when they must
   * be gathered first (a search's articles), while which the buttons wait.
   */
  readonly records: () => QuoteRecord[] | Promise<readonly QuoteRecord[]>;
}

const PREPARING = 'Preparing the file…';

const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-rule px-3 text-sm font-medium hover:bg-rule disabled:opacity-60';

/** Two buttons, CSV and JSON, saving the quotations as a file made in the page. */
export function DownloadButtons({ label, file, of, records }: Props) {
  const id = useId();
  const [status, setStatus] = useState('');
  const save = (make: (r: readonly QuoteRecord[]) => [string, string, string]) => {
    const made = records();
    // At hand: saved in the click itself, as the browser expects of a download.
    if (!(made instanceof Promise)) {
      downloadFile(...make(made));
      return;
    }
    setStatus(PREPARING);
    made.then(
      (r) => {
        downloadFile(...make(r));
        setStatus('');
      },
      () => setStatus('The file could not be made: some articles could not be loaded. Try again.'),
    );
  };
  const busy = status === PREPARING;
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2">
      <span id={id} className="text-sm text-muted">
        {label}
      </span>
      <button
        type="button"
        disabled={busy}
        onClick={() => save((r) => [`${file}.csv`, recordsCsv(r), CSV_TYPE])}
        className={BUTTON}
      >
        CSV<span className="sr-only"> (spreadsheet)</span>
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => save((r) => [`${file}.json`, recordsJson(of, r), JSON_TYPE])}
        className={BUTTON}
      >
        JSON
      </button>
      <span aria-live="polite" className={status ? 'basis-full text-sm text-muted' : 'sr-only'}>
        {status}
      </span>
    </div>
  );
}
