// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';

import { parsePosition, positionKey, readPosition, savePosition } from './position';

describe('reading positions', () => {
  beforeEach(() => window.localStorage.clear());

  it('round-trips through storage under verbatim:position:<id>', () => {
    savePosition('seed', { paragraph: 4, within: 0.25 });
    expect(window.localStorage.getItem('verbatim:position:seed')).toBe('{"paragraph":4,"within":0.25}');
    expect(readPosition('seed')).toEqual({ paragraph: 4, within: 0.25 });
    expect(positionKey('x')).toBe('verbatim:position:x');
  });

  it('forgets the top of the article', () => {
    savePosition('seed', { paragraph: 4, within: 0.25 });
    savePosition('seed', { paragraph: 0, within: 0 });
    expect(window.localStorage.getItem('verbatim:position:seed')).toBeNull();
  });

  it('rejects anything malformed', () => {
    const bad = [
      null,
      3,
      'x',
      {},
      { paragraph: -1, within: 0 },
      { paragraph: 1.5, within: 0 },
      { paragraph: 1, within: 2 },
      { paragraph: 1, within: NaN },
    ];
    expect(bad.map(parsePosition)).toEqual(bad.map(() => null));
    window.localStorage.setItem('verbatim:position:seed', '{not json');
    expect(readPosition('seed')).toBeNull();
  });
});
