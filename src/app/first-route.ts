// What a view suspends on is asked for as soon as its route is known: before the first render, and during
// the render that moves to another view. The library's data is asked for once its code has arrived (its
// schemas come with that code, not in the first download): on a first visit to it after another view,
// one round trip later; on a first load, index.html has preloaded both (src/content/route-preload.ts).
//
// The first render waits, briefly, for them: it then draws the view itself and not "Loading…" followed by
// the view, one paint of the whole screen instead of two, and React's hold on revealing content that
// replaces a fallback (about 300 ms) never applies. The preloads run alongside the app's own script, so
// the files have usually arrived by the time it runs and the wait costs nothing.

import type { QueryClient } from '@tanstack/react-query';

import { articleQueryOptions } from '@/lib/api/article';
import { prefetchNew } from '@/lib/api/prefetch';
import { lazyModule } from '@/lib/lazy-module';
import type { Route } from '@/lib/router';

/**
 * How long the first render waits at most. A stalled file must not leave the page blank: after this the
 * app draws its header and the view's "Loading…" as it would without the wait.
 */
export const FIRST_RENDER_WAIT_MS = 1_000;

/** The library's view and what it loads: their own chunk, drawn with the first screen's stylesheet. */
export const libraryViewModule = lazyModule(() => import('@/features/library/components/library-view'), {
  firstScreen: true,
});

/**
 * Loads what `route`'s view suspends on when it renders, into `client`'s cache. Never rejects: a failed
 * load stays in the cache for the view's error boundary to show, with its retry.
 */
export function prepareRoute(client: QueryClient, route: Route): Promise<unknown> {
  switch (route.name) {
    case 'article':
      return prefetchNew(client, articleQueryOptions(route.id));
    case 'library':
      // Its data is asked for once its code is here (their schemas come with it, not in the first
      // download); the catalog's file has been preloaded beside both.
      return libraryViewModule.load().then(
        (m) => m.prepareLibraryView(client),
        () => undefined,
      );
    default:
      return Promise.resolve();
  }
}

/** Resolves once `route` is prepared or `waitMs` has passed, whichever comes first. */
export const firstRouteReady = (client: QueryClient, route: Route, waitMs = FIRST_RENDER_WAIT_MS) =>
  Promise.race([prepareRoute(client, route), new Promise((done) => setTimeout(done, waitMs))]);
