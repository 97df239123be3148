import { fileURLToPath } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

import { pwaOptions } from './src/content/pwa';
import { verbatimContent } from './src/content/vite-plugin';

export default defineConfig({
  // Relative asset paths, so the built site works from any subfolder.
  base: './',
  plugins: [react(), tailwindcss(), verbatimContent(), VitePWA(pwaOptions)],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts?(x)', 'src/**/*.test.ts?(x)'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    // Component tests opt in per file with `// @vitest-environment jsdom`.
    environment: 'node',
    reporters: ['default', './test/support/plain-summary.ts'],
  },
});
