// A lazy part fetched ahead of its need: `prepare` (a pointer near its button) loads it for the first
// draw to find, and a failed fetch is left for the real need to retry rather than thrown at nobody.

import { expect, it } from 'vitest';

import { lazyModule, prefetchWhenIdle, prepare } from '@/lib/lazy-module';

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

it('prefetchWhenIdle waits out the page’s first seconds, then starts each module in an idle callback of its own', () => {
  const timers: { fn: () => void; ms: number }[] = [];
  const idle: (() => void)[] = [];
  const started: string[] = [];
  const requestIdleCallback = (fn: () => void) => idle.push(fn);
  const previous = { window: globalThis.window, requestIdleCallback: globalThis.requestIdleCallback };
  Object.assign(globalThis, {
    window: { setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }), requestIdleCallback },
    requestIdleCallback,
  });
  try {
    const part = (name: string) =>
      lazyModule(() => {
        started.push(name);
        return Promise.resolve(name);
      });
    prefetchWhenIdle(part('card'), part('find'), part('panel'));
    // Whatever is left of the settling time (performance.now() here is the test process's age).
    expect(timers.map((t) => t.ms <= 3000)).toEqual([true, true, true]);
    for (const timer of timers.splice(0)) timer.fn();
    expect(started).toEqual([]);
    expect(idle).toHaveLength(3);
    for (const expected of [['card'], ['card', 'find'], ['card', 'find', 'panel']]) {
      idle.shift()?.();
      expect(started).toEqual(expected);
    }
  } finally {
    Object.assign(globalThis, previous);
  }
});
