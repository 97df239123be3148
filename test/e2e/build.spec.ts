// The production build as a static host serves it: from a subfolder, under its Content-Security-Policy.

import { expect, test } from './fixtures';

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources.join(' ')] as const;
    }),
  );
  expect(directives.get('default-src')).toBe("'self'");
  // Fetches, images, fonts, workers and the manifest fall back to default-src.
  for (const name of ['connect-src', 'img-src', 'font-src', 'worker-src', 'manifest-src'])
    expect(directives.get(name) ?? "'self'").toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  // Inline, only the texts index.html carries, each named by its hash (src/content/first-paint.ts).
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].map((el) => el.textContent),
    styles: [...document.querySelectorAll('style')].map((el) => el.textContent),
  }));
  expect(inline.scripts).toHaveLength(1);
  expect(inline.styles).toHaveLength(1);
  const hash = async (text: string | null) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text ?? ''));
    return `'sha256-${Buffer.from(digest).toString('base64')}'`;
  };
  expect(directives.get('script-src')).toBe(`'self' ${await hash(inline.scripts[0] ?? null)}`);
  expect(directives.get('style-src')).toBe(`'self' ${await hash(inline.styles[0] ?? null)}`);
  // The app renders under it (a violation would fail the test through the guard).
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('assets load relative to the subfolder, and the server has no fallback', async ({ page }) => {
  const response = await page.request.get('a/seed');
  expect(response.status()).toBe(404);
  await page.goto('./');
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(new URL(src).pathname).toMatch(/^\/sub\/verbatim\//);
});

test('an article’s file starts downloading from the page’s head, and downloads once', async ({ page }) => {
  const seedRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/content/articles/seed.json')) seedRequests.push(request.url());
  });
  await page.goto('./#/a/seed');
  // index.html's inline script names it before the shell's script has run (src/content/route-preload.ts).
  // The reader's code is the shell's.
  const preloads = await page
    .locator('head link[rel=preload], head link[rel=modulepreload]')
    .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
  expect(preloads).toContain(new URL('content/articles/seed.json', page.url()).href);
  expect(preloads.filter((href) => href.endsWith('.js'))).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The app's own fetch takes the preloaded download instead of asking again.
  expect(seedRequests).toHaveLength(1);
});
