// Layout checks several journeys share, run in the page.

import type { Page } from '@playwright/test';

/** How far the page can scroll sideways (0 when it fits the window). */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every visible interactive element smaller than `min` × `min` CSS pixels, described. A radio or checkbox
 * counts with its label (the label is what a finger presses). Exempt, as WCAG 2.5.8 allows for a target
 * "in a sentence": inline elements inside running text, that is the quotations in the article (each is a
 * stretch of the sentence itself) and a link inside a line of prose.
 */
export const smallTargets = (page: Page, min = 44): Promise<string[]> =>
  page.evaluate((min) => {
    const SELECTOR =
      'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(SELECTOR)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const target = el.closest('label') ?? el;
      const rect = target.getBoundingClientRect();
      // Screen reader only (the skip link before it is focused).
      if (rect.width <= 1 || rect.height <= 1) continue;
      const inline = getComputedStyle(target).display === 'inline';
      const inSentence = target.closest('[data-paragraph], p') !== null;
      if (inline && inSentence) continue;
      if (rect.width + 0.5 < min || rect.height + 0.5 < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        small.push(
          `${el.tagName.toLowerCase()} "${name}" ${rect.width.toFixed(0)}×${rect.height.toFixed(0)}`,
        );
      }
    }
    return small;
  }, min);
