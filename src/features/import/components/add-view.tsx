import { useId, useRef, useState, type FormEvent } from 'react';

import type { AddRoute } from '@/lib/router';

import { useImport, type ImportInput } from '../hooks/use-import';
import { FilePicker } from './file-picker';
import { ImportProblems } from './import-problems';
import { ImportProgress } from './import-progress';

const FIELD = 'mt-1 block w-full rounded-md border border-rule bg-panel px-3 py-2 text-base';

/**
 * Bring your own article: paste its text or choose a file; it is analysed on this device, saved in this
 * browser and opened in the reader. A share (Web Share Target) arrives here with its title, text and link.
 */
export function AddView({ route }: { route: AddRoute }) {
  const [title, setTitle] = useState(route.title ?? '');
  // The text is the field's own, read when the reader presses: a controlled field would have React read
  // back and compare a pasted megabyte on every render (each keystroke, each stage of the import).
  const field = useRef<HTMLTextAreaElement>(null);
  const [empty, setEmpty] = useState(false);
  const { state, start, cancel } = useImport();
  const running = state.status === 'running';
  const ids = { title: useId(), text: useId(), hint: useId(), empty: useId() };

  const common = (): Omit<ImportInput, 'source'> => ({ title: title.trim() || null, url: route.url });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const text = field.current?.value ?? '';
    if (text.trim() === '') {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    start({ ...common(), source: { text } });
  };
  const onFile = (file: File) => {
    void file
      .arrayBuffer()
      .then((buffer) => start({ ...common(), source: { file: file.name, bytes: new Uint8Array(buffer) } }));
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold">Add an article</h1>
      <p className="mt-2 text-muted">
        Paste an article or choose a file. Verbatim finds its quotations on this device and keeps it in this
        browser only: nothing is uploaded.
      </p>
      {route.url && (
        <p className="mt-4 rounded-md border border-rule p-3 text-sm break-words">
          Shared link: <span className="font-mono">{route.url}</span>. Verbatim does not fetch pages, so
          nothing leaves your device: paste the article’s text below, or save the page and choose the file.
        </p>
      )}
      {/* Out of the page while an import runs, the progress in its place (nothing here can start another
          one then): a megabyte in the field would otherwise be laid out and painted again as the engine
          starts. */}
      <div hidden={running}>
        <form onSubmit={onSubmit} className="mt-6" noValidate>
          <label htmlFor={ids.title} className="font-medium">
            Title <span className="font-normal text-muted">(optional)</span>
          </label>
          <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} className={FIELD} />
          <label htmlFor={ids.text} className="mt-4 block font-medium">
            Article text
          </label>
          <p id={ids.hint} className="text-sm text-muted">
            Without a title, the first line is the headline, or the opening words are.
          </p>
          <textarea
            id={ids.text}
            ref={field}
            defaultValue={route.text ?? ''}
            onChange={() => empty && setEmpty(false)}
            rows={10}
            // Browsers keep a field's value with the history entry when the page navigates away, which for
            // a pasted megabyte is a long freeze just as the reader opens; nothing here needs it back.
            autoComplete="off"
            aria-describedby={empty ? `${ids.hint} ${ids.empty}` : ids.hint}
            aria-invalid={empty || undefined}
            className={`${FIELD} font-serif leading-relaxed`}
          />
          {empty && (
            <p id={ids.empty} className="mt-1 text-sm font-medium">
              Paste the article’s text first, or choose a file below.
            </p>
          )}
          <button type="submit" className="mt-4 min-h-11 rounded-md bg-accent px-5 font-medium text-page">
            Analyse and save
          </button>
        </form>
        <h2 className="mt-8 font-medium">From a file</h2>
        <FilePicker onFile={onFile} />
      </div>
      {state.status === 'running' && (
        <ImportProgress stage={state.stage} what={state.what} onCancel={cancel} />
      )}
      {state.status === 'failed' && <ImportProblems problems={state.problems} />}
      {state.status === 'idle' && state.cancelled && (
        <p role="status" className="mt-6">
          Import cancelled. Nothing was saved.
        </p>
      )}
    </div>
  );
}
