// The first screen is drawn with a stylesheet holding only its own classes (src/index.css); the classes of
// the other views and of the parts that wait for an interaction are in the complete stylesheet, which every
// lazy part and view waits for before it is drawn (lazy-module.ts, app/route-view.tsx).

import completeUrl from '@/styles/complete.css?url';

let loading: Promise<void> | undefined;

/** Adds the complete stylesheet to the page once; resolves when it applies. A failure may be retried. */
export function completeStyles(): Promise<void> {
  return (loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = completeUrl;
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      loading = undefined;
      reject(new Error(`The stylesheet ${completeUrl} could not be loaded.`));
    };
    document.head.append(link);
  }));
}

/** `load`'s module, once the complete stylesheet applies too. */
export const withCompleteStyles = <M>(load: Promise<M>): Promise<M> =>
  Promise.all([load, completeStyles()]).then(([m]) => m);
