// The service worker and web app manifest (vite-plugin-pwa, Workbox generateSW). After one visit the app
// opens, navigates, follows deep links and searches with the network off: the shell, the icons and the
// content files the content build chose (all of them up to the offline limit; src/content/offline.ts)
// are precached. Hash routing means every deep link is
// index.html, so no navigation fallback rules are needed beyond it. Updates wait for the reader
// (registerType 'prompt'; src/features/offline shows "A new version is ready — Reload").

import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Where the content files sit in the build (the content plugin's CONTENT_BASE). */
const CONTENT_PREFIX = 'content/';

/** A content file to precache, as the content plugin emitted it (path relative to content/). */
export interface ContentEntry {
  readonly path: string;
  /** Changes with the file's bytes. */
  readonly revision: string;
  readonly size: number;
}

/**
 * `contentEntries()`: the content files to precache, known once the build has emitted them. Workbox does
 * not read content/ itself: at 10,000 articles that was 40,000 files read and hashed (over 30 s of a
 * build) only to drop most of them; the content plugin has their bytes in hand and hashes just those kept.
 */
export const pwaOptions = (contentEntries: () => readonly ContentEntry[]): Partial<VitePWAOptions> => ({
  registerType: 'prompt',
  // Registered by the app after first paint (src/features/offline), never by an inline script.
  injectRegister: false,
  manifest: {
    name: 'Verbatim',
    short_name: 'Verbatim',
    description: 'A news reader that shows who said what.',
    lang: 'en',
    // Relative, so an install from a subfolder stays in that subfolder.
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d4ed8',
    // Web Share Target: "Share → Verbatim" on a phone opens the add view with the shared title, text and
    // link (src/lib/share-target.ts turns this query into `#/add?…`, as a share cannot aim at a hash).
    // GET, so the service worker's navigation fallback serves it offline like any page.
    share_target: {
      action: './?share-target',
      method: 'GET',
      params: { title: 'title', text: 'text', url: 'url' },
    },
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,svg,png,txt,webmanifest}'],
    globIgnores: [`${CONTENT_PREFIX}**`],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // An article may be up to 10 MB of text.
    maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
    manifestTransforms: [
      (entries) =>
        Promise.resolve({
          manifest: [
            ...entries.filter((e) => !e.url.startsWith(CONTENT_PREFIX)),
            ...contentEntries().map((e) => ({
              url: `${CONTENT_PREFIX}${e.path}`,
              revision: e.revision,
              size: e.size,
            })),
          ],
          warnings: [],
        }),
    ],
  },
});
