import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { minifySync, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

import { pwaOptions } from './src/content/pwa';
import { routePreloadScript } from './src/content/route-preload';
import { verbatimContent } from './src/content/vite-plugin';

// The Content-Security-Policy of the built site: nothing inline, nothing evaluated, nothing from elsewhere.
// A <meta> tag, so that it holds on any static host, headers or not (a host that can send headers should
// add `frame-ancestors 'none'`, which a <meta> policy cannot carry). Build only: the dev server needs
// inline scripts for hot reload.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

const contentSecurityPolicy = (): Plugin => ({
  name: 'verbatim:content-security-policy',
  apply: 'build',
  transformIndexHtml(html) {
    // Right after the charset, before any script or stylesheet: a policy covers only what follows it.
    const charset = CHARSET_META.exec(html);
    if (!charset)
      throw new Error('index.html has no <meta charset> to put the Content-Security-Policy after');
    const at = charset.index + charset[0].length;
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
  },
});

/** public/'s one script, which runs before the first paint; public/ is copied as it is. */
const THEME_INIT = 'theme-init.js';

// The build ships public/theme-init.js minified (the source keeps its comments): it blocks the first paint.
// It gets the first route's preloads appended (src/content/route-preload.ts), which only the bundle can name.
// After the files are written and before the service worker's precache list is made (in closeBundle), so
// its revision is that of the file served.
const minifyThemeInit = (): Plugin => ({
  name: 'verbatim:minify-theme-init',
  apply: 'build',
  writeBundle: {
    sequential: true,
    order: 'post',
    async handler({ dir }, bundle) {
      if (!dir) return;
      const file = join(dir, THEME_INIT);
      const source = (await readFile(file, 'utf8')) + routePreloadScript(bundle);
      const result = minifySync(THEME_INIT, source, { module: false });
      if (result.errors.length > 0) throw new Error(`${THEME_INIT}: ${result.errors[0]?.message ?? ''}`);
      await writeFile(file, result.code);
    },
  },
});

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
    minifyThemeInit(),
    VitePWA(pwaOptions(() => content.api?.precacheEntries() ?? [])),
    contentSecurityPolicy(),
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
