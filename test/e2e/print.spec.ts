// An article on paper: no navigation chrome, every quotation still marked (by its underline, not only by
// colour) and followed by its speaker's name.

import { expect, test } from './fixtures';
import { SEED, loadSeed, quotations, speakersPanel } from './seed';

test('an article prints with its quotations marked and their speakers named', async ({
  page,
  browserName,
  isMobile,
}, testInfo) => {
  const seed = await loadSeed(page);
  const names = new Map(seed.speakers.map((s) => [s.id, s.name]));
  await page.goto(`#/a/${SEED.id}`);
  await expect(quotations(page)).toHaveCount(SEED.quoteCount);
  // Even with the find bar open when the reader prints.
  await page.getByRole('button', { name: 'Find in article' }).click();
  await expect(page.getByRole('searchbox', { name: 'Find in article' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(speakersPanel(page)).toBeHidden();
  await expect(page.getByRole('search', { name: 'Find in article' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible();

  const printed = await quotations(page).evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el);
      const after = el.nextElementSibling;
      return {
        line: `${style.borderBottomStyle} ${style.borderBottomWidth}`,
        name: after instanceof HTMLElement && after.checkVisibility() ? (after.textContent ?? '') : null,
      };
    }),
  );
  expect(printed).toEqual(
    seed.quotes.map((q) => ({
      line: `${{ direct: 'solid', indirect: 'dotted', mixed: 'dashed' }[q.kind]} 2px`,
      name: ` — ${(q.speakerId !== null && names.get(q.speakerId)) || 'unattributed'}`,
    })),
  );

  // The paper itself, for a reviewer to look at (Chromium draws PDFs headless only).
  if (browserName === 'chromium' && !isMobile) {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await testInfo.attach('article.pdf', { body: pdf, contentType: 'application/pdf' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  }
});
