// The reader's parts that wait for an interaction: the speaker card (hover, focus, tap) and find (the
// "f" key, the button, a `find=` link). Each is a chunk of its own, prefetched once the article has
// painted, so the first download carries only what draws the article (test/budget holds the size).

import { lazyModule } from '@/lib/lazy-module';

export const speakerCardModule = lazyModule(() => import('./speaker-card'));

export const findModule = lazyModule(() => import('./find-kit'));
