import { describe, expect, it } from 'vitest';

import { parseRoute, routes } from '@/lib/router';
import { shareTargetHash } from '@/lib/share-target';

describe('shareTargetHash', () => {
  it('turns a share into the add view, prefilled', () => {
    const hash = shareTargetHash(
      '?share-target&title=Ferries%20return&text=The+pier+opens.&url=https%3A%2F%2Fnews.example%2Ff',
    );
    expect(hash).not.toBeNull();
    expect(parseRoute(hash ?? '')).toEqual(
      routes.add({ title: 'Ferries return', text: 'The pier opens.', url: 'https://news.example/f' }),
    );
  });

  it('leaves out what the share did not give', () => {
    expect(parseRoute(shareTargetHash('?share-target=&url=https%3A%2F%2Fx.example') ?? '')).toEqual(
      routes.add({ url: 'https://x.example' }),
    );
  });

  it('is null for a page not opened by a share', () => {
    expect(shareTargetHash('')).toBeNull();
    expect(shareTargetHash('?title=x')).toBeNull();
  });
});

describe('the add route', () => {
  it.each([
    ['#/add', routes.add()],
    ['#/add?title=T', routes.add({ title: 'T' })],
    [
      '#/add?text=a%20%E2%80%9Cquote%E2%80%9D&url=https%3A%2F%2Fx.example',
      routes.add({ text: 'a “quote”', url: 'https://x.example' }),
    ],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips through formatRoute', async () => {
    const { formatRoute } = await import('@/lib/router');
    const route = routes.add({
      title: 'A & B',
      text: 'Line one\n\nLine two #3 ?',
      url: 'https://x.example/?a=1&b=2',
    });
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('is not the add view with more path', () => {
    expect(parseRoute('#/add/more').name).toBe('not-found');
  });
});
