// @vitest-environment jsdom
// The whole app with its real QueryClient, over the real content build, through the URL as a reader
// moves: library, article, errors with a retry, unknown pages, and storage that refuses to work.

import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';

import { contentFiles, serveContent } from './support';

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    await Promise.resolve();
  });
};

beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the app over the bundled articles', () => {
  it('lists the seed in the library with its derived title marked, and opens it', async () => {
    await serveContent();
    render(<App client={createQueryClient()} />);
    const link = await screen.findByRole('link', { name: /counterinsurgency campaign/ });
    const item = link.closest('article');
    expect(item && within(item).getByText(/no headline: opening words/i)).toBeTruthy();
    expect(item?.textContent).toContain('10 quotations');
    expect(item?.textContent).toContain('Zamir Kabulov');
    expect(link.getAttribute('href')).toBe('#/a/seed');
    await go('#/a/seed');
    expect(await screen.findByRole('heading', { level: 1, name: /counterinsurgency campaign/ })).toBeTruthy();
  });

  it('shows a not-found page for an address that names nothing', async () => {
    await serveContent();
    render(<App client={createQueryClient()} />);
    await go('#/nowhere/at/all');
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeTruthy();
  });
});

describe('an article that cannot be shown', () => {
  // React and the view's boundary report the failure on the console, for developers; keep the log clean.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  const cases: [string, (body: string) => Response, RegExp, boolean][] = [
    ['truncated JSON', (body) => new Response(body.slice(0, body.length / 2)), /damaged/, true],
    [
      'a file from another version',
      (body) => new Response(body.replace('"schemaVersion":1', '"schemaVersion":99')),
      /another version/,
      false,
    ],
    [
      'offsets past the end of the text',
      (body) => new Response(body.replace(/"span":\[(\d+),(\d+)\]/, '"span":[$1,999999]')),
      /damaged/,
      false,
    ],
    [
      'a quotation naming an unknown speaker',
      (body) => new Response(body.replace(/"speakerId":"[^"]+"/, '"speakerId":"nobody"')),
      /damaged/,
      false,
    ],
    ['a missing file', () => new Response('', { status: 404 }), /not found/i, false],
    ['a server error', () => new Response('', { status: 503 }), /503/, true],
  ];

  it.each(cases)(
    '%s: says so, offers a retry, and the rest of the app still works',
    async (_, breakIt, message) => {
      let broken = true;
      await serveContent((path, body) =>
        broken && path === 'articles/seed.json' && body !== undefined ? breakIt(body) : undefined,
      );
      render(<App client={createQueryClient()} />);
      await go('#/a/seed');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(message);
      // The header is still there, and so is the library.
      expect(screen.getByRole('combobox', { name: 'Search' }).getAttribute('type')).toBe('search');
      broken = false;
      await act(async () => {
        within(alert).getByRole('button', { name: 'Try again' }).click();
        await Promise.resolve();
      });
      expect(
        await screen.findByRole('heading', { level: 1, name: /counterinsurgency campaign/ }),
      ).toBeTruthy();
      await go('#/');
      expect(await screen.findByRole('link', { name: /counterinsurgency campaign/ })).toBeTruthy();
    },
  );

  it('a network failure: says the network is unavailable', async () => {
    await serveContent((path) => {
      if (path === 'articles/seed.json') throw new TypeError('Failed to fetch');
      return undefined;
    });
    render(<App client={createQueryClient()} />);
    await go('#/a/seed');
    expect((await screen.findByRole('alert')).textContent).toMatch(/network is unavailable/);
  });
});

describe('storage that refuses to work', () => {
  it('leaves the app usable: it renders, and settings apply without being saved', async () => {
    await serveContent();
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    render(<App client={createQueryClient()} />);
    expect(await screen.findByRole('link', { name: /counterinsurgency campaign/ })).toBeTruthy();
    await act(async () => {
      screen.getByRole('button', { name: 'Settings' }).click();
      await Promise.resolve();
    });
    // The panel is a chunk of its own, here as soon as it has loaded.
    const dark = await screen.findByRole('radio', { name: 'Dark' });
    await act(async () => {
      dark.click();
      await Promise.resolve();
    });
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });
});

it('serves what the content build makes (the support is not a fake)', async () => {
  const files = await contentFiles();
  expect([...files.keys()]).toEqual(expect.arrayContaining(['catalog.json', 'articles/seed.json']));
});
