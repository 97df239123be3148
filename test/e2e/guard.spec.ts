// The guard every journey runs under must catch what it is there for; each case provokes one problem and
// takes it off the list (an untaken one would fail the test).

import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('the policy refuses a request to another origin, and the guard reports it', async ({ page, guard }) => {
  expect(await page.evaluate(fetchOutside)).toBe('failed');
  await expect
    .poll(() => guard.take(/^CSP violation: connect-src blocked https:\/\/fonts\.example\.com/))
    .toHaveLength(1);
  expect(guard.take(/^console error: .*fonts\.example\.com/)).not.toEqual([]);
});

test.describe('without the policy', () => {
  // The guard's own block is a second line of defence, for anything the policy would let through.
  test.use({ bypassCSP: true });

  test('a request to another origin is blocked and reported', async ({ page, guard }) => {
    expect(await page.evaluate(fetchOutside)).toBe('failed');
    expect(
      guard.take(/^request outside the origin: GET https:\/\/fonts\.example\.com\/font\.woff2$/),
    ).toHaveLength(1);
    // The console message about the blocked load may come a moment after the fetch has failed.
    await expect.poll(() => guard.take(/^console error: .*ERR_BLOCKED_BY_CLIENT/)).toHaveLength(1);
  });
});

test('the policy refuses an inline script, and the guard reports it', async ({ page, guard }) => {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes";';
    document.head.append(script);
  });
  await expect.poll(() => guard.take(/CSP violation: script-src/)).toHaveLength(1);
  expect(await page.locator('html').getAttribute('data-inline-ran')).toBeNull();
  expect(guard.take(/console error: .*Content Security Policy/)).toHaveLength(1);
});

test('console errors, page errors and dialogs are reported', async ({ page, guard }) => {
  await page.evaluate(() => {
    console.error('something broke');
    setTimeout(() => {
      throw new Error('uncaught');
    });
    window.alert('hello');
  });
  await expect.poll(() => guard.problems.length).toBe(3);
  expect(guard.take(/^console error: something broke$/)).toHaveLength(1);
  expect(guard.take(/^page error: uncaught$/)).toHaveLength(1);
  expect(guard.take(/^dialog \(alert\): hello$/)).toHaveLength(1);
});

function fetchOutside(): Promise<string> {
  return fetch('https://fonts.example.com/font.woff2').then(
    () => 'loaded',
    () => 'failed',
  );
}
