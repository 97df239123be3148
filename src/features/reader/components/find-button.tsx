import type { ComponentProps } from 'react';

/** The visible way into find, for those who do not know the "f" key. */
export function FindButton(props: ComponentProps<'button'>) {
  return (
    <button
      type="button"
      aria-keyshortcuts="f"
      className="-mr-3 inline-flex min-h-11 items-center gap-2 rounded-md px-3 font-sans text-sm hover:bg-rule print:hidden"
      {...props}
    >
      Find in article
      <kbd
        aria-hidden="true"
        className="rounded border border-rule px-1.5 font-mono text-xs pointer-coarse:hidden"
      >
        f
      </kbd>
    </button>
  );
}
