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

/** Runs `fn` once the page has painted and the main thread is free. */
export function whenIdle(fn: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fn, { timeout: 4000 });
  else window.setTimeout(fn, 1500);
}

/**
 * Fetches the modules' code once the page has painted and the main thread is free. The complete
 * stylesheet they wait for is left until one of them is drawn (a pointer near it, a press): applying it
 * restyles the whole page, tens of milliseconds of one task on a phone. Once the service worker has
 * installed, it comes from its cache.
 */
export const prefetchWhenIdle = (...modules: LazyModule<unknown>[]): void =>
  whenIdle(() => modules.forEach((m) => m.warm()));

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
