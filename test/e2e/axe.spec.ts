// WCAG 2.2 AA as axe-core checks it: no violation on any view, in either theme.

import AxeBuilder from '@axe-core/playwright';

import { expect, test } from './fixtures';
import { VIEWS } from './views';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    // No saved setting: the theme follows the system's, as a first visit does.
    test.use({ colorScheme });

    for (const view of VIEWS) {
      test(`axe finds nothing on the ${view.name} view`, async ({ page, guard, isMobile }) => {
        test.skip(Boolean(view.phoneOnly) && !isMobile, 'a phone layout only');
        await view.open(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // After any colour transition has run its course, so contrast is measured on the final colours.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        }));
        expect(summary).toEqual([]);
        if (view.logs) expect(guard.take(view.logs)).not.toEqual([]);
      });
    }
  });
}

test('the check itself finds a violation when there is one', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toContain('button-name');
});
