import { useQueryClient } from '@tanstack/react-query';
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';

import { lazyModule, useLazyModule } from '@/lib/lazy-module';
import { navigate, routes, useRoute, type Route } from '@/lib/router';

import { optionId } from './option-id';
import { SEARCH_INPUT_CLASS, SearchForm, type HandOver } from './search-form';
import { useSlashFocus } from './use-slash-focus';

// The suggestions, and the search code they run, come once the field is used.
const listboxModule = lazyModule(() => import('./search-listbox'));

/**
 * The header's search field, an ARIA combobox: typing shows the best hits below it (↑ ↓ to move, Enter
 * to open, Escape to close), Enter alone opens every result. On the results page the field drives the
 * page instead, replacing the URL as it changes rather than adding a history entry per keystroke.
 *
 * `handOverRef` is what the field drawn before this code arrived (search-form.tsx) held as it left: what was
 * typed there, and the focus if it had it, carry over.
 */
export function SearchField({ handOverRef }: { handOverRef?: RefObject<HandOver | null> }) {
  const route = useRoute();
  const onPage = route.name === 'search';
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [value, setValue] = useState(onPage ? route.q : '');
  // In the commit that replaced the first field, which left its state in `handOverRef` on its way out; before
  // the paint, so the swap does not show.
  useLayoutEffect(() => {
    const first = handOverRef?.current;
    const field = input.current;
    if (!handOverRef || !first || !field) return;
    handOverRef.current = null;
    setValue(first.value);
    if (first.focused) field.focus();
  }, [handOverRef]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Back and forward between result pages bring their query into the field.
  const [pageQ, setPageQ] = useState(onPage ? route.q : null);
  if (onPage && route.q !== pageQ) {
    setPageQ(route.q);
    setValue(route.q);
  }
  useSlashFocus(input);

  const expanded = open && !onPage && value.trim() !== '';
  const listbox = useLazyModule(listboxModule, expanded);
  // Where each suggestion shown leads, as the listbox reports them.
  const [shown, setShown] = useState<readonly Route[]>([]);
  const suggestions = expanded && listbox ? shown : [];
  const count = suggestions.length + 1;

  const go = (to: Route, leaveField: boolean) => {
    setOpen(false);
    setActive(-1);
    // Leave the field so the reader's own keys (j, k, f) work at once; on a touch screen this also puts
    // the keyboard away so the results can be seen.
    if (leaveField || window.matchMedia?.('(pointer: coarse)').matches) input.current?.blur();
    navigate(to);
  };
  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (suggestion) go(suggestion, true);
    // On the results page the filters stay; from elsewhere a search starts unfiltered.
    else if (value.trim()) go(routes.search(value.trim(), onPage ? route.filters : {}), false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (onPage) {
        if (e.key === 'ArrowDown') document.querySelector<HTMLElement>('[data-search-result]')?.focus();
      } else {
        setOpen(true);
        setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
      }
      e.preventDefault();
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setValue('');
      setActive(-1);
      e.preventDefault();
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    choose(expanded ? active : -1);
  };

  return (
    <SearchForm
      onSubmit={onSubmit}
      below={
        expanded &&
        listbox && (
          <listbox.SearchListbox
            id={listId}
            q={value.trim()}
            active={active}
            onActive={setActive}
            onChoose={choose}
            onRoutes={setShown}
          />
        )
      }
    >
      <input
        ref={input}
        type="search"
        aria-label="Search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(listId, active) : undefined}
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
          setActive(-1);
          if (onPage) navigate(routes.search(e.target.value, route.filters), { replace: true });
        }}
        onFocus={() => {
          setOpen(true);
          // Fetch the search code and the manifest now, so the first keystroke finds them here.
          void listboxModule.load().then(
            (m) => m.prefetchSearch(queryClient),
            () => undefined,
          );
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={SEARCH_INPUT_CLASS}
      />
    </SearchForm>
  );
}
