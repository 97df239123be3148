import { fileURLToPath } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

import { pwaOptions } from './src/content/pwa';
import { firstPaint } from './src/content/first-paint';
import { verbatimContent } from './src/content/vite-plugin';

// The content plugin decides which content files are kept offline; the service worker asks it.
const content = verbatimContent();

export default defineConfig({
  // Relative asset paths, so the built site works from any subfolder.
  base: './',
  build: {
    // No list of files to preload beside each dynamic import (0.6 KB gzip of the first download; Vite's
    // helper itself stays). The library's chunks are preloaded from the page's head (the reader is in the
    // entry; src/content/route-preload.ts); another view's chunk asks for its own imports once it has
    // arrived, a round trip more on a first visit, none once the service worker has precached them.
    modulePreload: false,
    // No asset becomes a data: URL, which the Content-Security-Policy would refuse (src/content/first-paint.ts).
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Everything the page loads up front in one file: left alone, Rolldown puts React's core and its own
        // helpers in a second chunk beside the entry, which every page loads anyway, and two files compress
        // worse than one (0.7 KB gzip here; test/budget holds the sum).
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  plugins: [
    react(),
    tailwindcss(),
    content,
    VitePWA(pwaOptions(() => content.api?.precacheEntries() ?? [])),
    // The Content-Security-Policy, the theme script and the first screen's stylesheet, inside index.html.
    firstPaint(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts?(x)', 'src/**/*.test.ts?(x)'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    // Component tests opt in per file with `// @vitest-environment jsdom`.
    environment: 'node',
    setupFiles: ['./test/support/complete-styles.ts'],
    reporters: ['default', './test/support/plain-summary.ts'],
  },
});
