// @vitest-environment jsdom
// usePainted: work keyed to what a commit shows (the search suggestions' article downloads) waits for the
// frame that shows it, then for the task after it, so it never delays that paint.

import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

import { usePainted } from '@/lib/use-painted';

// React's act() needs to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const host = document.createElement('div');
document.body.append(host);
const root = createRoot(host);
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => void (frames[id - 1] = () => {}));
});
afterEach(() => {
  act(() => root.render(null));
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const seen: (string | undefined)[] = [];
function Probe({ value }: { value: string }) {
  seen.push(usePainted(value));
  return null;
}
/** The browser's next frame, then the tasks queued from it. */
const paint = () =>
  act(() => {
    const due = frames;
    frames = [];
    for (const cb of due) cb(0);
    vi.runAllTimers();
  });

it('answers a value only once a frame has shown it and that frame has ended', () => {
  act(() => root.render(<Probe value="a" />));
  expect(seen.at(-1)).toBeUndefined();
  // The frame's own callbacks run before it paints: still not painted.
  act(() => frames.splice(0).forEach((cb) => cb(0)));
  expect(seen.at(-1)).toBeUndefined();
  act(() => {
    vi.runAllTimers();
  });
  expect(seen.at(-1)).toBe('a');
});

it('keeps the last painted value while a newer one waits for its frame, and skips one replaced unpainted', () => {
  act(() => root.render(<Probe value="a" />));
  paint();
  act(() => root.render(<Probe value="b" />));
  expect(seen.at(-1)).toBe('a');
  // "c" replaces "b" before any frame: "b" is never reported.
  act(() => root.render(<Probe value="c" />));
  paint();
  expect(seen.at(-1)).toBe('c');
  expect(seen).not.toContain('b');
});
