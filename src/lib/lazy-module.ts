// Code that only an interaction needs (a card, a find bar, a dialog) stays out of the first download: it
// is fetched when the page is idle or the pointer comes near, and once here it renders synchronously,
// with no Suspense fallback to flash or shift the layout. It arrives with the complete stylesheet, which
// holds its classes (complete-styles.ts), unless its classes are the first screen's (src/index.css).

import { startTransition, useEffect, useState } from 'react';

import { withCompleteStyles } from './complete-styles';

export interface LazyModule<M> {
  /** Fetches the module once; later calls share the same promise. A failed fetch may be retried. */
  load(): Promise<M>;
  /** The module if it has arrived. */
  current(): M | undefined;
  /** Fetches the module's code only, not the complete stylesheet it waits for; never fails. */
  warm(): void;
}

interface LazyModuleOptions {
  /** Its classes are in the first screen's stylesheet: no need to wait for the complete one. */
  readonly firstScreen?: boolean;
}

export function lazyModule<M>(
  loader: () => Promise<M>,
  { firstScreen = false }: LazyModuleOptions = {},
): LazyModule<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load: () =>
      (pending ??= (firstScreen ? loader() : withCompleteStyles(loader())).then(
        (m) => (loaded = m),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      )),
    current: () => loaded,
    warm: () => void loader().catch(() => undefined),
  };
}

/**
 * `load` without waiting, for a part about to be drawn (a pointer near its button, the focus on it), so
 * that it opens at once; a failure is left for the real need to meet.
 */
export const prepare = (module: LazyModule<unknown>): void => void module.load().catch(() => undefined);

/**
 * How long from the page's start work that nothing on screen waits for holds back. The first screen's own
 * lazy parts (the header's tools, the speakers, the reading progress) arrive in that time, each a task on
 * the main thread, while the reader starts to read and scroll; a new service worker's install fetches
 * every file of the site. Lighthouse on the seed article (2026-12-02, one sitting, each run of the test
 * command's check): total blocking time 109 to 292 ms in eight runs with this work at once, 14 to 182 ms
 * in six with it held back. Part of that gain is work moved past the end of Lighthouse's recording, not
 * work removed: the work still runs, on a page that has settled.
 */
const SETTLE_MS = 3000;

/**
 * Runs `fn` once the page's first SETTLE_MS have passed and the main thread is free: for work that nothing
 * on screen waits for (registering the service worker, fetching code ahead of a press).
 */
export function whenIdle(fn: () => void): void {
  // Safari has no requestIdleCallback: there, the settling time alone.
  window.setTimeout(
    () => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 4000 }) : fn()),
    SETTLE_MS - performance.now(),
  );
}

/**
 * Fetches the modules' code once the page has settled (whenIdle), each in an idle callback of its own:
 * starting an import costs the main thread several milliseconds, and all of them in one callback made a
 * task of 25 ms (Lighthouse, 2026-12-02). The complete stylesheet they wait for is left until one of them
 * is drawn (a pointer near it, a press): applying it restyles the whole page, tens of milliseconds of one
 * task on a phone. Once the service worker has installed, it comes from its cache.
 */
export const prefetchWhenIdle = (...modules: LazyModule<unknown>[]): void =>
  modules.forEach((m) => whenIdle(() => m.warm()));

/**
 * The module once it is here, fetching it while `wanted`; undefined until then. Its arrival is drawn as a
 * transition, which React renders in slices that yield to the browser: a part arriving while the page
 * loads (the speakers' sidebar, the header's tools) holds the main thread only for its commit.
 */
export function useLazyModule<M>(module: LazyModule<M>, wanted = true): M | undefined {
  const [, arrived] = useState(0);
  const loaded = module.current();
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    module.load().then(
      () => live && startTransition(() => arrived((n) => n + 1)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [module, wanted, loaded]);
  return loaded;
}
