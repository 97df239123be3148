import { describe, expect, it } from 'vitest';

import { formatRoute, parseRoute, routes } from './router';

describe('the search route', () => {
  it('reads old URLs with a query only, filters unset', () => {
    expect(parseRoute('#/search?q=Doha')).toEqual(routes.search('Doha'));
    expect(parseRoute('#/search?q=Doha')).toMatchObject({
      filters: { speaker: null, kind: null, source: null, from: null, to: null },
    });
    expect(formatRoute(routes.search('Doha'))).toBe('#/search?q=Doha');
  });

  it('round-trips every filter, with or without a query', () => {
    const filtered = routes.search('harbour', {
      speaker: 'Éloïse Marchand',
      kind: 'indirect',
      source: 'Valley Post',
      from: '2024-01-01',
      to: '2024-06-30',
    });
    expect(parseRoute(formatRoute(filtered))).toEqual(filtered);
    const browsing = routes.search('', { speaker: 'Ilse Varga' });
    expect(formatRoute(browsing)).toBe('#/search?speaker=Ilse+Varga');
    expect(parseRoute(formatRoute(browsing))).toEqual(browsing);
  });

  it('drops a kind or date it does not know instead of failing', () => {
    expect(parseRoute('#/search?q=x&kind=shouted&from=yesterday&to=2024-13')).toEqual(routes.search('x'));
  });
});
