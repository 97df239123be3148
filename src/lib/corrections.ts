// The reader's own corrections, kept in this browser (localStorage: a few hundred bytes each) in the same
// shape as the overrides file they download, and validated when read back: storage can be edited by hand
// or written by another version. Storage that cannot be read or written leaves the app working without
// them. Loaded only where corrections are made, listed or applied, never with the page.

import { useSyncExternalStore } from 'react';

import { Overrides, sameTarget, toOverrides, type Correction } from '@/content/corrections/schema';

import { CORRECTIONS_KEY } from './corrections-key';
import { readStored, readStoredJson, writeStored } from './storage';

const parse = (value: unknown): readonly Correction[] | null => {
  const parsed = Overrides.safeParse(value);
  return parsed.success ? parsed.data.corrections : null;
};

let cached: { raw: string | null; corrections: readonly Correction[] } | null = null;

/** Every stored correction, oldest first; none when storage is empty, unreadable or damaged. */
export function readCorrections(): readonly Correction[] {
  const raw = readStored(CORRECTIONS_KEY);
  // The same array while storage is unchanged, as useSyncExternalStore needs.
  if (cached?.raw !== raw) cached = { raw, corrections: readStoredJson(CORRECTIONS_KEY, parse) ?? [] };
  return cached.corrections;
}

const listeners = new Set<() => void>();

/** False when storage refused it (full, or off). */
function write(corrections: readonly Correction[]): boolean {
  const ok = writeStored(
    CORRECTIONS_KEY,
    corrections.length === 0 ? null : JSON.stringify(toOverrides(corrections)),
  );
  listeners.forEach((notify) => notify());
  return ok;
}

/** Adds a correction, replacing any earlier one for the same quotation. */
export const saveCorrection = (correction: Correction): boolean =>
  write([...readCorrections().filter((c) => !sameTarget(c, correction)), correction]);

export const removeCorrection = (correction: Correction): boolean =>
  write(readCorrections().filter((c) => !sameTarget(c, correction)));

export const clearCorrections = (): boolean => write([]);

export const correctionsFor = (articleId: string): Correction[] =>
  readCorrections().filter((c) => c.article === articleId);

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab's change.
  const onStorage = (e: StorageEvent) => {
    if (e.key === CORRECTIONS_KEY || e.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** Every stored correction; re-renders when they change, here or in another tab. */
export const useCorrections = (): readonly Correction[] =>
  useSyncExternalStore(subscribe, readCorrections, readCorrections);
