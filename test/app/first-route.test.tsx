// @vitest-environment jsdom
// The first render waits for the first view's code and data (app/first-route.ts), so that it draws the
// view itself and not "Loading…": measured against the real content build.

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { firstRouteReady, prepareRoute } from '@/app/first-route';
import { articleQueryOptions } from '@/lib/api/article';
import { createQueryClient } from '@/lib/query-client';
import { parseRoute } from '@/lib/router';

import { serveContent } from './support';

const TITLE = /counterinsurgency campaign/;

beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the first render, once the route is ready', () => {
  it('draws the article itself at once, not "Loading…"', async () => {
    await serveContent();
    window.location.hash = '#/a/seed';
    const client = createQueryClient();
    await firstRouteReady(client, parseRoute(window.location.hash));
    render(<App client={client} />);
    // Found at once (getBy, no waiting): nothing suspended.
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('draws the library itself at once, its code and its data both ready', async () => {
    await serveContent();
    const client = createQueryClient();
    await firstRouteReady(client, parseRoute('#/'));
    render(<App client={client} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
    expect(screen.getByRole('link', { name: TITLE })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('a view with nothing to prepare is ready at once', async () => {
    const fetchMock = await serveContent();
    await firstRouteReady(createQueryClient(), parseRoute('#/add'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('a file that does not come', () => {
  it('stalled: the first render goes ahead after the wait, with the view still loading', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    const client = createQueryClient();
    let ready = false;
    void firstRouteReady(client, parseRoute('#/a/seed'), 500).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
    expect(client.getQueryState(articleQueryOptions('seed').queryKey)?.status).toBe('pending');
  });

  it('missing: ready at once, and the view shows the failure with its retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await serveContent((path) =>
      path === 'articles/seed.json' ? new Response('', { status: 404 }) : undefined,
    );
    window.location.hash = '#/a/seed';
    const client = createQueryClient();
    await firstRouteReady(client, parseRoute(window.location.hash));
    expect(client.getQueryState(articleQueryOptions('seed').queryKey)?.status).toBe('error');
    render(<App client={client} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not found/i);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('a query already in the cache is left alone, loaded or failed (no second request)', async () => {
    const fetchMock = await serveContent((path) =>
      path === 'articles/seed.json' ? new Response('', { status: 404 }) : undefined,
    );
    const client = createQueryClient();
    await prepareRoute(client, parseRoute('#/a/seed'));
    const calls = fetchMock.mock.calls.length;
    await prepareRoute(client, parseRoute('#/a/seed'));
    expect(fetchMock.mock.calls.length).toBe(calls);
  });
});
