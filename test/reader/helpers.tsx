// Rendering the reader in jsdom without a testing library: React's own act, a fresh QueryClient per
// render, the route read from the URL as the app does, and the seed article built as the content step
// builds it.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, Suspense, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import { analyze } from '@/analysis';
import seedText from '@/content/articles/seed.txt?raw';
import { toArticleInput } from '@/content/derive';
import { Article } from '@/content/schema';
import { findModule, speakerCardModule } from '@/features/reader/components/lazy-parts';
import { ReaderView } from '@/features/reader/components/reader-view';
import { useArticle } from '@/lib/api/article';
import { useRoute } from '@/lib/router';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export const seedArticle = (): Article =>
  Article.parse(toArticleInput(analyze(seedText), { id: 'seed', sourceFile: 'seed.txt' }));

/** The reader for the article in the URL, loaded through the app's own query. */
function RoutedReader() {
  const route = useRoute();
  if (route.name !== 'article') return null;
  return <LoadedReader route={route} />;
}

function LoadedReader({ route }: { route: Extract<ReturnType<typeof useRoute>, { name: 'article' }> }) {
  const article = useArticle(route.id);
  return <ReaderView article={article} route={route} />;
}

/** Runs `fn` inside act and lets effects and microtasks settle. */
export async function run(fn: () => void): Promise<void> {
  await act(async () => {
    fn();
    await Promise.resolve();
  });
}

export interface Rendered {
  readonly container: HTMLElement;
  readonly root: Root;
  unmount(): void;
}

export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  await run(() => {
    root.render(
      <QueryClientProvider client={client}>
        <Suspense fallback={<p>Loading</p>}>{node}</Suspense>
      </QueryClientProvider>,
    );
  });
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Serves `article` as content/articles/<id>.json and renders the reader for `hash`. */
export async function renderArticleAt(hash: string, article: Article = seedArticle()): Promise<Rendered> {
  window.history.replaceState(null, '', `/${hash}`);
  const fetchArticle = (input: RequestInfo | URL) =>
    Promise.resolve(
      (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).endsWith(
        `content/articles/${article.id}.json`,
      )
        ? new Response(JSON.stringify(article), { status: 200 })
        : new Response('missing', { status: 404 }),
    );
  globalThis.fetch = fetchArticle;
  // The card and find are lazy chunks, prefetched in the app while the reader reads; here they are in
  // place before the first press, so each step below stays synchronous.
  await Promise.all([speakerCardModule.load(), findModule.load()]);
  const rendered = await render(<RoutedReader />);
  // Let the query resolve and Suspense show the article.
  for (let i = 0; i < 5 && !rendered.container.querySelector('article'); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
  return rendered;
}

/** What a sighted reader sees: text without screen-reader-only, badge or print-only helpers. */
export function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const helper of copy.querySelectorAll('[data-sr], [aria-hidden="true"]')) helper.remove();
  return copy.textContent;
}

export async function press(key: string, init: KeyboardEventInit = {}, target: Element | null = null) {
  await run(() => {
    (target ?? document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
    );
  });
}

/** Types into a React-controlled input. */
export async function typeInto(input: HTMLInputElement, value: string) {
  // React watches the value through the native setter, so that is the one to call.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the input as `this`
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await run(() => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const quoteEl = (container: Element, id: string): HTMLElement | null =>
  [...container.querySelectorAll<HTMLElement>('[data-quote-id]')].find(
    (el) => el.dataset['quoteId'] === id,
  ) ?? null;
