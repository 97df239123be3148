import { describe, expect, it } from 'vitest';

import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('leaves short text whole, on one line', () => {
    expect(excerpt('  We will\n  not   continue. ')).toBe('We will not continue.');
  });

  it('cuts at a word boundary within the limit and adds an ellipsis', () => {
    const text = 'The Taliban movement did not take any obligations to end the war with government forces';
    const out = excerpt(text, 40);
    expect(out).toBe('The Taliban movement did not take any…');
    expect([...out].length).toBeLessThanOrEqual(40);
  });

  it('drops punctuation left before the ellipsis', () => {
    expect(excerpt('first of all, it is necessary to wait', 16)).toBe('first of all…');
  });

  it('cuts inside a word when there is no space to cut at', () => {
    expect(excerpt('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('never splits a character made of two code units', () => {
    const out = excerpt('😀'.repeat(20), 5);
    expect(out).toBe('😀😀😀😀…');
  });

  it('cuts text of exactly the limit nowhere', () => {
    expect(excerpt('x'.repeat(160))).toBe('x'.repeat(160));
    expect([...excerpt('word '.repeat(60))].length).toBeLessThanOrEqual(160);
  });
});
