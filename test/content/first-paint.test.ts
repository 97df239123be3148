// What the first paint waits for travels inside index.html (src/content/first-paint.ts): the theme script
// and the first screen's stylesheet, each allowed by its hash and nothing else inline. And the theme script
// reads the saved settings as the app does (src/lib/settings.ts), so nothing flashes when the app starts.

import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, cspHash, inlineFirstPaint, takeEntryStyle } from '@/content/first-paint';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from '@/lib/settings';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Verbatim</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`;
const LINK = '<link rel="stylesheet" crossorigin href="./assets/index-def.css">';
const SCRIPT = "document.documentElement.dataset.theme = 'light';";
const CSS = 'body{margin:0}';

const directives = (html: string) => {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')] as const));
};

describe('index.html with its first paint inline', () => {
  const html = inlineFirstPaint(PAGE, { script: SCRIPT, style: { css: CSS, link: LINK }, policy: true });

  it('puts the policy, then the script, right after the charset: a policy covers only what follows it', () => {
    const charset = html.indexOf('<meta charset');
    const policy = html.indexOf('Content-Security-Policy');
    const script = html.indexOf(`<script>${SCRIPT}</script>`);
    expect(charset).toBeGreaterThanOrEqual(0);
    expect(charset).toBeLessThan(policy);
    expect(policy).toBeLessThan(script);
    expect(html.indexOf('<title>')).toBeGreaterThan(script);
  });

  it('replaces the stylesheet’s link with the stylesheet, and leaves the module script alone', () => {
    expect(html).not.toContain(LINK);
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-abc.js"></script>');
  });

  it('allows exactly the inline script and style, by their hashes', () => {
    const d = directives(html);
    expect(d.get('script-src')).toBe(`'self' ${cspHash(SCRIPT)}`);
    expect(d.get('style-src')).toBe(`'self' ${cspHash(CSS)}`);
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(html).not.toContain('unsafe-inline');
  });

  it('hashes as browsers do: SHA-256 of the UTF-8 text, in base64', () => {
    // printf 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(cspHash(CSS)).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    expect(contentSecurityPolicy([], [])).not.toContain('sha256');
  });

  it('in development, inlines the script alone, with no policy (the dev server needs inline scripts)', () => {
    const dev = inlineFirstPaint(PAGE, { script: SCRIPT, policy: false });
    expect(dev).not.toContain('Content-Security-Policy');
    expect(dev).toContain(`<script>${SCRIPT}</script>`);
    expect(dev).toContain(LINK);
  });

  it('refuses a text that would end its element early, and a page it cannot place the parts in', () => {
    expect(() => inlineFirstPaint(PAGE, { script: 'a("</SCRIPT>")', policy: true })).toThrow(/<\/script/);
    expect(() => inlineFirstPaint(PAGE, { script: 'a("<!--<script>")', policy: true })).toThrow(/<!--/);
    expect(() =>
      inlineFirstPaint(PAGE, { script: SCRIPT, style: { css: 'a{}</style>', link: LINK }, policy: true }),
    ).toThrow(/<\/style/);
    expect(() =>
      inlineFirstPaint(PAGE.replace('<meta charset="UTF-8" />', ''), { script: SCRIPT, policy: true }),
    ).toThrow(/charset/);
    expect(() =>
      inlineFirstPaint(PAGE, {
        script: SCRIPT,
        style: { css: CSS, link: '<link href="other.css">' },
        policy: true,
      }),
    ).toThrow(/other\.css/);
  });
});

describe('the entry’s stylesheet, taken out of the bundle', () => {
  /** A bundle as Vite hands it to the hook: the entry chunk, its stylesheet, and a lazy chunk. */
  function bundle(css = CSS, stylesheets = ['assets/index-def.css']) {
    const importedCss = new Set(stylesheets);
    return {
      importedCss,
      bundle: {
        'assets/index-abc.js': { type: 'chunk', isEntry: true, viteMetadata: { importedCss } },
        'assets/index-def.css': { type: 'asset', source: css },
        'assets/lazy-ghi.js': { type: 'chunk', isEntry: false, viteMetadata: { importedCss: new Set() } },
      } as unknown as Parameters<typeof takeEntryStyle>[0],
    };
  }

  it('gives its text and link, and leaves it neither in the bundle nor among the entry’s stylesheets', () => {
    const { bundle: b, importedCss } = bundle();
    expect(takeEntryStyle(b, PAGE)).toEqual({ css: CSS, link: LINK });
    // Left among them, every dynamic import of a chunk that imports the entry would ask for the file.
    expect(importedCss.size).toBe(0);
    expect(Object.keys(b)).toEqual(['assets/index-abc.js', 'assets/lazy-ghi.js']);
  });

  it('refuses a url(), which inline would resolve against the page instead of assets/', () => {
    expect(() => takeEntryStyle(bundle("a{background:url('x.svg')}").bundle, PAGE)).toThrow(/url\(\)/);
  });

  it('refuses an entry with other than one stylesheet, and a page that does not link it', () => {
    expect(() => takeEntryStyle(bundle(CSS, []).bundle, PAGE)).toThrow(/0 stylesheets/);
    expect(() => takeEntryStyle(bundle(CSS, ['a.css', 'b.css']).bundle, PAGE)).toThrow(/2 stylesheets/);
    expect(() => takeEntryStyle(bundle().bundle, PAGE.replace(LINK, ''))).toThrow(/no link/);
  });
});

describe('the theme script', () => {
  const source = readFileSync(new URL('../../src/app/theme-init.js', import.meta.url), 'utf8');

  /** Runs the script on a page whose storage holds `stored`, with the system's scheme `dark` or not. */
  function run(stored: string | null, { dark = false, storage = true } = {}) {
    const dataset: Record<string, string> = {};
    runInNewContext(source, {
      localStorage: {
        getItem: (key: string) => {
          if (!storage) throw new Error('storage disabled');
          return key === SETTINGS_KEY ? stored : null;
        },
      },
      matchMedia: (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }),
      document: { documentElement: { dataset } },
    });
    return dataset;
  }

  /** What the app applies for the same storage (settings.ts: parseSettings, then resolvedTheme). */
  function expected(stored: string | null, dark: boolean) {
    let value: unknown = null;
    try {
      value = JSON.parse(stored ?? 'null');
    } catch {
      value = null;
    }
    const settings = parseSettings(value);
    const theme = settings.theme === 'system' ? (dark ? 'dark' : 'light') : settings.theme;
    return { theme, textSize: settings.textSize };
  }

  it.each([
    ['nothing saved', null],
    ['a saved theme and size', '{"theme":"dark","textSize":"x-large"}'],
    ['the system theme', '{"theme":"system","textSize":"small"}'],
    ['an unknown theme and size', '{"theme":"sepia","textSize":"huge"}'],
    ['a size alone', '{"textSize":"large"}'],
    ['damaged storage', '{"theme":'],
    ['a value of another shape', '[1,2]'],
  ])('applies what the app would for %s', (_, stored) => {
    for (const dark of [false, true]) expect(run(stored, { dark })).toEqual(expected(stored, dark));
  });

  it('falls back to the defaults when storage cannot be read', () => {
    expect(run(null, { storage: false })).toEqual({ theme: 'light', textSize: DEFAULT_SETTINGS.textSize });
  });
});
