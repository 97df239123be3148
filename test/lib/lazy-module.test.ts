// A lazy part fetched ahead of its need: `prepare` (a pointer near its button) loads it for the first
// draw to find, and a failed fetch is left for the real need to retry rather than thrown at nobody.

import { expect, it, vi } from 'vitest';

import { lazyModule, prefetchWhenIdle, prepare, whenIdle } from '@/lib/lazy-module';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('prepare loads the module once, for current() to find', async () => {
  let fetches = 0;
  const module = lazyModule(() => Promise.resolve({ fetch: ++fetches }), { firstScreen: true });
  prepare(module);
  prepare(module);
  await settle();
  expect(module.current()).toEqual({ fetch: 1 });
  expect(fetches).toBe(1);
});

it('prepare swallows a failed fetch, and the next load tries again', async () => {
  let fail = true;
  const module = lazyModule(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve('here')), {
    firstScreen: true,
  });
  prepare(module);
  await settle();
  expect(module.current()).toBeUndefined();
  fail = false;
  await expect(module.load()).resolves.toBe('here');
});

/** A page whose clock, timers and idle periods the test runs by hand; without requestIdleCallback if asked. */
function fakePage({ idleCallbacks = true } = {}) {
  const timers: { fn: () => void; ms: number }[] = [];
  const idle: (() => void)[] = [];
  const requestIdleCallback = (fn: () => void) => idle.push(fn);
  const window = { setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }) };
  const globals = { window, ...(idleCallbacks ? { requestIdleCallback } : {}) };
  if (idleCallbacks) Object.assign(window, { requestIdleCallback });
  Object.assign(globalThis, globals);
  const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
  const restore = () => {
    now.mockRestore();
    for (const key of Object.keys(globals)) Reflect.deleteProperty(globalThis, key);
  };
  return { timers, idle, restore };
}

const part = (name: string, started: string[]) =>
  lazyModule(() => {
    started.push(name);
    return Promise.resolve(name);
  });

it('prefetchWhenIdle waits out the page’s first 3 s, then starts each module in an idle callback of its own', () => {
  const { timers, idle, restore } = fakePage();
  const started: string[] = [];
  try {
    prefetchWhenIdle(part('card', started), part('find', started), part('panel', started));
    // One second into the page: two to wait.
    expect(timers.map((t) => t.ms)).toEqual([2000, 2000, 2000]);
    for (const timer of timers.splice(0)) timer.fn();
    expect(started).toEqual([]);
    expect(idle).toHaveLength(3);
    for (const expected of [['card'], ['card', 'find'], ['card', 'find', 'panel']]) {
      idle.shift()?.();
      expect(started).toEqual(expected);
    }
  } finally {
    restore();
  }
});

it('whenIdle, where there is no requestIdleCallback (Safari), runs once the settling time is over', () => {
  const { timers, restore } = fakePage({ idleCallbacks: false });
  let ran = 0;
  try {
    whenIdle(() => ran++);
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    expect(ran).toBe(0);
    timers.shift()?.fn();
    expect(ran).toBe(1);
  } finally {
    restore();
  }
});
