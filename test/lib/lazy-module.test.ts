// A lazy part fetched ahead of its need: `prepare` (a pointer near its button) loads it for the first
// draw to find, and a failed fetch is left for the real need to retry rather than thrown at nobody.

import { expect, it } from 'vitest';

import { lazyModule, prepare } from '@/lib/lazy-module';

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
