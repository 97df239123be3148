// @vitest-environment jsdom
// The complete stylesheet: one link, whatever the number of lazy parts asking; a module waits for it;
// a failed load can be retried.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as CompleteStyles from '@/lib/complete-styles';

vi.unmock('@/lib/complete-styles');

let styles: typeof CompleteStyles;

beforeEach(async () => {
  vi.resetModules();
  document.head.innerHTML = '';
  styles = await import('@/lib/complete-styles');
});

afterEach(() => {
  document.head.innerHTML = '';
});

const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];

describe('the complete stylesheet', () => {
  it('is added once, and a lazy module resolves only once it has loaded', async () => {
    let resolved = false;
    const module = styles.withCompleteStyles(Promise.resolve('module')).then((m) => {
      resolved = true;
      return m;
    });
    void styles.completeStyles();
    expect(links()).toHaveLength(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(resolved).toBe(false);
    links()[0]?.dispatchEvent(new Event('load'));
    await expect(module).resolves.toBe('module');
  });

  it('fails the module when it cannot load, and the next ask tries again', async () => {
    const first = styles.withCompleteStyles(Promise.resolve('module'));
    links()[0]?.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow(/could not be loaded/);
    expect(links()).toHaveLength(0);
    const second = styles.withCompleteStyles(Promise.resolve('module'));
    expect(links()).toHaveLength(1);
    links()[0]?.dispatchEvent(new Event('load'));
    await expect(second).resolves.toBe('module');
  });
});
