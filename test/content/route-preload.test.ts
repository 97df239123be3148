import { runInNewContext } from 'node:vm';

import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

import { routeChunkFiles, routePreloadScript } from '@/content/route-preload';

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  isEntry = false,
  moduleIds: string[] = facadeModuleId ? [facadeModuleId] : [],
) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, isEntry, moduleIds }) as unknown as Rollup.OutputChunk;

/** A bundle shaped as the build makes it: the entry (with the reader), the library's chunk and its imports. */
const bundle: Rollup.OutputBundle = {
  'assets/index.js': chunk('assets/index.js', '/app/index.html', [], true),
  'assets/article-page.js': chunk('assets/article-page.js', '/app/src/app/article-page.tsx', [
    'assets/index.js',
    'assets/format-date.js',
  ]),
  'assets/library-view.js': chunk(
    'assets/library-view.js',
    '/app/src/features/library/components/library-view.tsx',
    ['assets/index.js', 'assets/format-date.js', 'assets/local.js'],
  ),
  // Imported from several places: a shared chunk with no facade.
  'assets/local-articles.js': chunk(
    'assets/local-articles.js',
    null,
    ['assets/index.js', 'assets/local.js', 'assets/idb.js'],
    false,
    ['/app/src/lib/local-articles.ts', '/app/src/lib/idb-open.ts'],
  ),
  'assets/idb.js': chunk('assets/idb.js', null, []),
  'assets/format-date.js': chunk('assets/format-date.js', null, ['assets/index.js']),
  'assets/local.js': chunk('assets/local.js', null, ['assets/format-date.js']),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' } as unknown as Rollup.OutputAsset,
};

interface Link {
  rel: string;
  href: string;
  as?: string;
  crossOrigin?: string;
}

/** Runs the generated script as the page would, with `hash` in the address bar; returns the links added. */
function preloadsFor(hash: string): Link[] {
  const links: Link[] = [];
  const document = {
    createElement: () => ({}) as Link,
    head: { appendChild: (el: Link) => links.push({ ...el }) },
  };
  runInNewContext(routePreloadScript(bundle), { location: { hash }, document });
  return links;
}

describe('routeChunkFiles', () => {
  it('names the route’s chunk and what it imports, each once, but not the entry the page loads anyway', () => {
    expect(routeChunkFiles(bundle, 'src/app/article-page.tsx')).toEqual([
      'assets/article-page.js',
      'assets/format-date.js',
    ]);
    expect(routeChunkFiles(bundle, 'src/features/library/components/library-view.tsx')).toEqual([
      'assets/library-view.js',
      'assets/format-date.js',
      'assets/local.js',
    ]);
  });

  it('fails the build when a route’s module has no chunk of its own (renamed, or no longer lazy)', () => {
    expect(() => routeChunkFiles(bundle, 'src/app/gone.tsx')).toThrow(/no chunk is built from/);
  });
});

describe('the preload script', () => {
  it('starts an article’s file, whatever the parameters (its code is the shell’s)', () => {
    expect(preloadsFor('#/a/seed?quote=q3&speaker=s1')).toEqual([
      { rel: 'preload', href: 'content/articles/seed.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });

  it('starts the library’s chunks, its storage’s and the catalog with no hash, `#/` or a sorted library', () => {
    const library = [
      { rel: 'modulepreload', href: 'assets/library-view.js' },
      { rel: 'modulepreload', href: 'assets/format-date.js' },
      { rel: 'modulepreload', href: 'assets/local.js' },
      // What the first render waits for too: the imported articles' storage, each chunk once.
      { rel: 'modulepreload', href: 'assets/local-articles.js' },
      { rel: 'modulepreload', href: 'assets/idb.js' },
      { rel: 'preload', href: 'content/catalog.json', as: 'fetch', crossOrigin: 'anonymous' },
    ];
    expect(preloadsFor('')).toEqual(library);
    expect(preloadsFor('#/')).toEqual(library);
    expect(preloadsFor('#/?sort=title')).toEqual(library);
  });

  it('preloads nothing for an imported article (it has no file), other views or unknown paths', () => {
    for (const hash of [
      '#/a/local-notes',
      '#/search?q=tax',
      '#/speakers/x',
      '#/a/seed/more',
      '#/a/',
      '#/add',
    ])
      expect(preloadsFor(hash), hash).toEqual([]);
  });
});
