import { useId, useState, type DragEvent } from 'react';

import { ACCEPTED_EXTENSIONS } from '../lib/import-source';

const ACCEPT = [...ACCEPTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',');

/**
 * "Choose a file" (a real file input, visually replaced by its label) inside a zone a file can be dropped
 * on. Either way the file goes straight to the import.
 */
export function FilePicker({ onFile }: { onFile: (file: File) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-dragging={over || undefined}
      className="mt-3 flex flex-col items-center gap-3 rounded-lg border-2 border-dashed border-rule px-4 py-6 text-center data-dragging:border-accent data-dragging:bg-panel sm:flex-row sm:justify-center"
    >
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        className="peer sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after a fix) imports it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label
        htmlFor={id}
        className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-rule bg-panel px-4 font-medium peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent hover:bg-rule"
      >
        Choose a file…
      </label>
      <span className="text-sm text-muted">
        {over ? 'Drop it to import it' : 'or drop a .txt, .md or .html file here'}
      </span>
    </div>
  );
}
