// @vitest-environment jsdom
// useDocumentEvent: a part of the page hears keys from the commit that draws it, before any passive
// effect runs (the header's tools and the sidebar arrive late, and a key pressed as they show must count).

import { act, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';

import { useDocumentEvent } from '@/lib/use-document-event';

// React's act() needs to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const host = document.createElement('div');
document.body.append(host);
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

function Listener({ heard }: { heard: string[] }) {
  useDocumentEvent('keydown', (e) => heard.push(e.key));
  return null;
}

it('hears a key pressed in the same commit that drew it, before passive effects run', () => {
  const heard: string[] = [];
  // A sibling after it stands for the reader: it presses in the commit's layout phase, where a listener
  // added by a passive effect would not be there yet.
  function Presser() {
    useLayoutEffect(() => void press('?'), []);
    return null;
  }
  act(() =>
    root.render(
      <>
        <Listener heard={heard} />
        <Presser />
      </>,
    ),
  );
  expect(heard).toEqual(['?']);
});

it('calls the latest listener, and stops when the part is gone', () => {
  const log: string[] = [];
  function Counter() {
    const [n, setN] = useState(0);
    useDocumentEvent('keydown', (e) => {
      log.push(`${e.key}${String(n)}`);
      setN(n + 1);
    });
    return null;
  }
  act(() => root.render(<Counter />));
  act(() => void press('a'));
  act(() => void press('b'));
  act(() => root.render(null));
  act(() => void press('c'));
  expect(log).toEqual(['a0', 'b1']);
});
