// What the first paint waits for travels inside index.html: the script that applies the reader's theme
// before anything is drawn (src/app/theme-init.js, with the first route's preloads appended by the build)
// and the first screen's stylesheet. Fetched as files, they held the page's rendering for two downloads
// more: a round trip on a phone network, and in headless Chromium under Lighthouse, a page held that long
// was sent no frames for a second or two afterwards (its first paint observed at 1.2 or 2.3 s, against
// 0.12-0.22 s with both inline; 2026-12-02). The Content-Security-Policy names each inline text by its
// hash, so nothing else inline runs or applies. The stylesheet sets `color-scheme` before anything is
// drawn, so index.html needs no <meta name="color-scheme"> for a dark page not to flash white.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { minifySync, type Plugin, type Rollup } from 'vite';

import { isChunk, routePreloadScript } from './route-preload';

/**
 * The site's policy: nothing evaluated, nothing from elsewhere. The inline script's and style's hashes are
 * added to script-src and style-src. Fetches, images, fonts and the manifest fall back to default-src, and
 * workers to script-src (whose hash no worker's URL matches); base-uri and form-action do not fall back,
 * so they are named. A <meta> policy holds on any static host, headers or not (a host that can send
 * headers should add `frame-ancestors 'none'`, which a <meta> cannot carry, and nothing else: the hashes
 * change with every build).
 */
const POLICY: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

const THEME_INIT = new URL('../app/theme-init.js', import.meta.url);
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/** A CSP hash source for `text` exactly as it stands between its tags. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy with the hashes of the page's inline script and style. */
export function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
  const extra: Record<string, string[]> = { 'script-src': scriptHashes, 'style-src': styleHashes };
  return POLICY.map(([name, sources]) => [name, sources, ...(extra[name] ?? [])].join(' ')).join('; ');
}

/**
 * `text` as an element's content, refusing what would end the element early, and `<!--`, after which the
 * parser reads a script's text differently.
 */
function inlineElement(tag: 'script' | 'style', text: string): string {
  const lower = text.toLowerCase();
  if (lower.includes(`</${tag}`)) throw new Error(`inline ${tag}: its text holds </${tag}`);
  if (lower.includes('<!--')) throw new Error(`inline ${tag}: its text holds <!--`);
  return `<${tag}>${text}</${tag}>`;
}

export interface FirstPaintParts {
  /** The script to run before anything is drawn. */
  readonly script: string;
  /** The first screen's stylesheet and the `<link>` Vite wrote for it; none in development. */
  readonly style?: { readonly css: string; readonly link: string };
  /** Whether to add the Content-Security-Policy (build only: the dev server needs inline scripts). */
  readonly policy: boolean;
}

/**
 * index.html with the policy (when asked for) and the script right after its charset, since a policy
 * covers only what follows it, and the stylesheet in place of its link.
 */
export function inlineFirstPaint(html: string, { script, style, policy }: FirstPaintParts): string {
  const charset = CHARSET_META.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset> to put the first paint’s parts after');
  let head = '';
  if (policy) {
    const csp = contentSecurityPolicy([cspHash(script)], style ? [cspHash(style.css)] : []);
    head += `\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`;
  }
  head += `\n    ${inlineElement('script', script)}`;
  const at = charset.index + charset[0].length;
  let out = `${html.slice(0, at)}${head}${html.slice(at)}`;
  if (style) {
    if (!out.includes(style.link)) throw new Error(`index.html has no ${style.link} to put inline`);
    out = out.replace(style.link, () => inlineElement('style', style.css));
  }
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The entry's stylesheet in the bundle, taken out of it: it ships inside index.html instead. It may hold
 * no `url()`: inline, a relative one would resolve against the page instead of assets/, and the policy
 * allows no other kind (vite.config.ts inlines no asset as a data: URL).
 */
export function takeEntryStyle(bundle: Rollup.OutputBundle, html: string): FirstPaintParts['style'] {
  const entry = Object.values(bundle)
    .filter(isChunk)
    .find((chunk) => chunk.isEntry);
  const imported = entry?.viteMetadata?.importedCss;
  const files = [...(imported ?? [])];
  if (files.length !== 1 || !files[0])
    throw new Error(`the entry has ${String(files.length)} stylesheets, not 1`);
  const file = files[0];
  const asset = bundle[file];
  if (asset?.type !== 'asset') throw new Error(`${file} is not in the bundle`);
  const link = new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*${escapeRegExp(file)}"[^>]*>`).exec(html);
  if (!link) throw new Error(`index.html has no link to ${file}`);
  const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  if (/url\(/i.test(css)) throw new Error(`${file} has a url(), which inline would resolve against the page`);
  // Out of the bundle, so that it does not ship; and out of the entry's stylesheets, which Vite's import
  // analysis (run after this hook) adds to every dynamic import of a chunk that imports the entry: left
  // there, opening a lazy view would ask for the deleted file.
  delete bundle[file];
  imported?.delete(file);
  return { css, link: link[0] };
}

/** The Vite plugin: in the build, the policy and both parts inline; in development, the script. */
export const firstPaint = (): Plugin => ({
  name: 'verbatim:first-paint',
  transformIndexHtml: {
    // After Vite has written its own tags, so that the stylesheet's link is there to replace.
    order: 'post',
    async handler(html, ctx) {
      const source = await readFile(THEME_INIT, 'utf8');
      if (!ctx.bundle) return inlineFirstPaint(html, { script: source, policy: false });
      const result = minifySync('theme-init.js', source + routePreloadScript(ctx.bundle), { module: false });
      if (result.errors.length > 0) throw new Error(`theme-init.js: ${result.errors[0]?.message ?? ''}`);
      const style = takeEntryStyle(ctx.bundle, html);
      return inlineFirstPaint(html, { script: result.code.trim(), style, policy: true });
    },
  },
});
