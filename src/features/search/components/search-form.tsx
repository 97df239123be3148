import { useLayoutEffect, useRef, type FormEventHandler, type ReactNode, type RefObject } from 'react';

import { navigate, routes, useRoute } from '@/lib/router';

import { useSlashFocus } from './use-slash-focus';

/** The field's own look, shared by the first paint's field and the combobox that takes over from it. */
export const SEARCH_INPUT_CLASS =
  'peer min-h-11 w-full rounded-md border border-rule bg-panel px-3 text-base sm:pl-9';

interface SearchFormProps {
  readonly onSubmit: FormEventHandler<HTMLFormElement>;
  /** The input (the magnifier before it, the "/" hint after it, which hides while it has focus). */
  readonly children: ReactNode;
  /** What opens below the field (the suggestions). */
  readonly below?: ReactNode;
}

/** The header's search form: a magnifier, the field, the "/" hint. */
export function SearchForm({ onSubmit, children, below }: SearchFormProps) {
  return (
    <form role="search" onSubmit={onSubmit} className="sm:relative">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 fill-none stroke-muted stroke-2 max-sm:hidden"
      >
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="m13 13 4.5 4.5" />
      </svg>
      {children}
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-rule px-1.5 font-mono text-xs text-muted peer-focus:hidden max-sm:hidden"
      >
        /
      </kbd>
      {below}
    </form>
  );
}

/** What the first field held as the combobox replaced it: the combobox starts from it. */
export interface HandOver {
  readonly value: string;
  readonly focused: boolean;
}

/**
 * The search field as first painted, before the combobox's code has arrived (header-tools.ts): the same
 * box, already usable: "/" focuses it, Enter searches, on the results page typing drives the page. The
 * combobox then takes over with what was typed and the focus (search-field.tsx, `handOverRef`).
 */
export function FirstSearchField({ handOverRef }: { handOverRef: RefObject<HandOver | null> }) {
  const route = useRoute();
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  // Read as the input leaves the page, in the very commit that draws the combobox (a layout effect's
  // cleanup runs before its element is removed), and not while the combobox renders: that render is a
  // transition, sliced over several tasks, and what a reader typed in between would be lost.
  useLayoutEffect(() => {
    const element = input.current;
    return () => {
      if (element)
        handOverRef.current = { value: element.value, focused: document.activeElement === element };
    };
  }, [handOverRef]);
  const onPage = route.name === 'search';
  const search = (q: string, replace: boolean) =>
    navigate(routes.search(q, onPage ? route.filters : {}), { replace });
  return (
    <SearchForm
      onSubmit={(e) => {
        e.preventDefault();
        const q = input.current?.value.trim();
        if (q) search(q, false);
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label="Search"
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search"
        defaultValue={onPage ? route.q : ''}
        onChange={onPage ? (e) => search(e.target.value, true) : undefined}
        className={SEARCH_INPUT_CLASS}
      />
    </SearchForm>
  );
}
