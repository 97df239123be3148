// jsdom loads no stylesheets, so the complete stylesheet's link would never fire `load` and every lazy part
// would wait for it for good: in component tests it counts as loaded. Its own test (test/app/complete-
// styles.test.ts) takes the real module back.

import { vi } from 'vitest';

vi.mock('@/lib/complete-styles', () => ({
  completeStyles: () => Promise.resolve(),
  withCompleteStyles: <M>(load: Promise<M>) => load,
}));
