import { useRef, useState, type ReactNode } from 'react';

type Status = 'idle' | 'copied' | 'failed';

interface Props {
  /** Made on click, so the link in it is the page's address at that moment. */
  readonly text: () => string;
  /** The button's text; give each of several buttons a distinct name (an sr-only part will do). */
  readonly label: ReactNode;
  readonly className?: string;
}

/**
 * Copies text to the clipboard and says so in a live region. Where the clipboard is unavailable (an
 * insecure page, a refused permission) it shows the text selected, for the reader to copy by hand.
 */
export function CopyButton({ text, label, className = '' }: Props) {
  const [status, setStatus] = useState<Status>('idle');
  const [shown, setShown] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    const value = text();
    setShown(value);
    try {
      // The types say it is always there; outside a secure context (plain http) it is not.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <div className={className}>
      <button
        type="button"
        onClick={() => void copy()}
        className="inline-flex min-h-11 items-center rounded-md border border-rule px-3 text-sm font-medium hover:bg-rule"
      >
        {label}
      </button>
      <span role="status" className="ml-2 text-sm text-muted">
        {status === 'copied' && (
          <>
            <span aria-hidden="true">✓ </span>Copied
          </>
        )}
        {status === 'failed' && 'Copying is not available here: the text is selected below, copy it by hand.'}
      </span>
      {status === 'failed' && (
        <textarea
          ref={field}
          readOnly
          value={shown}
          aria-label="Citation to copy"
          rows={4}
          className="mt-2 block w-full rounded-md border border-rule bg-page p-2 font-sans text-sm"
        />
      )}
    </div>
  );
}
