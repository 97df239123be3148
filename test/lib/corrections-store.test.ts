// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { Overrides, type Correction } from '@/content/corrections/schema';
import { ArticleId } from '@/content/schema';
import { CORRECTIONS_KEY, hasStoredCorrections } from '@/lib/corrections-key';
import {
  clearCorrections,
  correctionsFor,
  readCorrections,
  removeCorrection,
  saveCorrection,
} from '@/lib/corrections';

const make = (article: string, start: number, kind: Correction['kind']): Correction => ({
  article: ArticleId.parse(article),
  target: { span: [start, start + 4], text: `words ${String(start)}` },
  kind,
});

afterEach(() => window.localStorage.clear());

describe('the stored corrections', () => {
  it('keeps one correction per quotation, the latest, as an overrides file', () => {
    expect(hasStoredCorrections()).toBe(false);
    saveCorrection(make('a', 1, 'direct'));
    saveCorrection(make('b', 1, 'direct'));
    saveCorrection(make('a', 1, 'mixed'));
    expect(readCorrections()).toEqual([make('b', 1, 'direct'), make('a', 1, 'mixed')]);
    expect(correctionsFor('a')).toEqual([make('a', 1, 'mixed')]);
    const stored: unknown = JSON.parse(window.localStorage.getItem(CORRECTIONS_KEY) ?? 'null');
    expect(Overrides.parse(stored).corrections).toHaveLength(2);
  });

  it('removes one, and clears the key when none is left', () => {
    saveCorrection(make('a', 1, 'direct'));
    saveCorrection(make('a', 9, 'direct'));
    removeCorrection(make('a', 1, 'mixed'));
    expect(readCorrections()).toEqual([make('a', 9, 'direct')]);
    clearCorrections();
    expect(readCorrections()).toEqual([]);
    expect(hasStoredCorrections()).toBe(false);
  });

  it.each([
    ['damaged JSON', '{ nope'],
    ['another shape', '{"format":"verbatim-overrides","version":9,"corrections":[]}'],
  ])('reads %s as no corrections', (_, raw) => {
    window.localStorage.setItem(CORRECTIONS_KEY, raw);
    expect(readCorrections()).toEqual([]);
  });
});
