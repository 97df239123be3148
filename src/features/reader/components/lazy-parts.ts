// The reader's parts that wait for an interaction: the speaker card (hover, focus, tap) and find (the
// "f" key, the button, a `find=` link). Each is a chunk of its own, prefetched once the article has
// painted, so the first download carries only what draws the article (test/budget holds the size).
// The reading-progress bar too: it is fixed over the page and empty until the reader scrolls, so it
// arrives just after the article without moving anything.

import { lazyModule } from '@/lib/lazy-module';

export const speakerCardModule = lazyModule(() => import('./speaker-card'));

export const findModule = lazyModule(() => import('./find-kit'));

export const progressModule = lazyModule(() => import('./reading-progress'), { firstScreen: true });
