// The page's first route starts its own downloads at once. Left to the app, the library's code and an
// article's or the catalog's file are asked for only once the shell's script has arrived and run: one round
// trip and a script's run later. The build appends a few lines to src/app/theme-init.js (a classic script in
// <head>, which runs before <body> is parsed) that read the hash and add a modulepreload for the route's
// chunks and a fetch preload for its content file, so they download beside the shell. The reader's code
// is part of the shell (app/route-view.tsx): an article preloads its file only. The route's shape here is
// that of src/lib/router.ts (`#/a/<id>`, `#/`); a route it does not know preloads nothing.

import type { Rollup } from 'vite';

import { LOCAL_ID_PREFIX } from './paths';

/**
 * The modules the library's first render waits for (app/first-route.ts): its view, and the storage of
 * imported articles, which the view's data loads with an `import()` of its own.
 */
const LIBRARY_MODULES = ['src/features/library/components/library-view.tsx', 'src/lib/local-articles.ts'];

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export const isChunk = (item: OutputBundle[string]): item is OutputChunk => item.type === 'chunk';

/** The chunk built from `module` and the chunks it imports statically, minus what the page loads anyway. */
export function routeChunkFiles(bundle: OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter(isChunk);
  const isModule = (id: string | null) => id?.replaceAll('\\', '/').endsWith(`/${module}`) ?? false;
  // Its own chunk, or the shared chunk it was put in (a module imported from several places has no facade).
  const start =
    chunks.find((c) => isModule(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds.some(isModule));
  if (!start) throw new Error(`route preload: no chunk is built from ${module}`);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const visit = (chunk: OutputChunk) => {
    if (chunk.isEntry || files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) visit(next);
    }
  };
  visit(start);
  return files;
}

/** The script appended to theme-init.js (plain ES5 source; it runs before anything else). */
export function routePreloadScript(bundle: OutputBundle): string {
  const library = JSON.stringify([
    ...new Set(LIBRARY_MODULES.flatMap((module) => routeChunkFiles(bundle, module))),
  ]);
  return `
(function () {
  var hash = location.hash || '#/';
  var article = /^#\\/a\\/([^/?#]+)\\/?(?:\\?|$)/.exec(hash);
  var files;
  var data;
  if (article && article[1].indexOf(${JSON.stringify(LOCAL_ID_PREFIX)}) !== 0) {
    files = [];
    data = 'content/articles/' + article[1] + '.json';
  } else if (/^#\\/?(?:\\?|$)/.test(hash)) {
    files = ${library};
    data = 'content/catalog.json';
  } else return;
  function link(rel, href, as) {
    var el = document.createElement('link');
    el.rel = rel;
    el.href = href;
    if (as) {
      el.as = as;
      // As the app's own fetch asks (same origin, cors mode), so that it takes this download.
      el.crossOrigin = 'anonymous';
    }
    document.head.appendChild(el);
  }
  for (var i = 0; i < files.length; i++) link('modulepreload', files[i]);
  link('preload', data, 'fetch');
})();
`;
}
