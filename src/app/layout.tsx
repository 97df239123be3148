import { useRef, type ReactNode } from 'react';

import { FirstSearchField, type HandOver } from '@/features/search/components/search-form';
import { lazyModule, useLazyModule } from '@/lib/lazy-module';
import { href, routes } from '@/lib/router';

// The search combobox, the shortcuts and settings menus and the update prompt are not needed to draw the
// first screen: a chunk of their own (1.8 KB gzip), asked for as soon as the app has rendered once.
const toolsModule = lazyModule(() => import('./header-tools'), { firstScreen: true });

/** Header (brand, search, settings) over the current view. */
export function Layout({ children }: { children: ReactNode }) {
  const tools = useLazyModule(toolsModule);
  const handOver = useRef<HandOver>(null);
  return (
    <>
      <a
        href="#main"
        // Focused, it takes its own line above the header instead of lying over the brand, with room
        // around it for its focus ring (which the sticky header would otherwise cover).
        className="sr-only focus:not-sr-only focus:m-2 focus:inline-block focus:rounded focus:bg-panel focus:px-3 focus:py-2 focus:font-medium focus:underline"
        onClick={(e) => {
          // A hash link would change the route; move focus instead.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-rule bg-page pt-[env(safe-area-inset-top)] print:hidden">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-[max(1rem,env(safe-area-inset-left))] py-2 sm:gap-4">
          <a
            href={href(routes.library())}
            className="inline-flex min-h-11 shrink-0 items-center font-serif text-xl font-bold tracking-tight"
          >
            Verbatim
          </a>
          <div className="min-w-0 flex-1">
            {tools ? (
              <tools.SearchField handOverRef={handOver} />
            ) : (
              <FirstSearchField handOverRef={handOver} />
            )}
          </div>
          <a
            href={href(routes.add())}
            aria-label="Add article"
            className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1 rounded-md px-2 hover:bg-rule"
          >
            <span aria-hidden="true" className="text-xl leading-none">
              +
            </span>
            <span className="max-sm:hidden">Add</span>
          </a>
          {tools ? (
            <>
              <tools.ShortcutsDialog />
              <tools.SettingsMenu />
            </>
          ) : (
            <ButtonPlaces />
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="pb-[env(safe-area-inset-bottom)] outline-none">
        {children}
      </main>
      {tools && <tools.UpdatePrompt />}
    </>
  );
}

/** Where the shortcuts and settings buttons come, drawn as they will look (no shift when they arrive). */
function ButtonPlaces() {
  const place = 'min-h-11 min-w-11 items-center justify-center';
  return (
    <>
      <span aria-hidden="true" className={`hidden sm:inline-flex ${place}`}>
        ?
      </span>
      <span aria-hidden="true" className={`inline-flex px-2 ${place}`}>
        Aa
      </span>
    </>
  );
}
