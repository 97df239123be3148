// Reader settings: theme and text size, kept in localStorage and applied to <html> as data attributes.
// src/app/theme-init.js (inline in index.html) applies the same key before first paint, so nothing shifts
// or flashes on load; keep the two in step (test/content/first-paint.test.ts runs it against parseSettings).

import { useSyncExternalStore } from 'react';

import { readStoredJson, writeStored } from './storage';

export const SETTINGS_KEY = 'verbatim:settings';
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  readonly theme: Theme;
  readonly textSize: TextSize;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', textSize: 'medium' };

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    theme: isOneOf(THEMES, v['theme']) ? v['theme'] : DEFAULT_SETTINGS.theme,
    textSize: isOneOf(TEXT_SIZES, v['textSize']) ? v['textSize'] : DEFAULT_SETTINGS.textSize,
  };
}

let current: Settings = readStoredJson(SETTINGS_KEY, parseSettings) ?? DEFAULT_SETTINGS;
const listeners = new Set<() => void>();

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme actually shown: the setting, or the system's for `system`. */
export function resolvedTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function applySettings(settings: Settings): void {
  const root = document.documentElement;
  root.dataset['theme'] = resolvedTheme(settings.theme);
  root.dataset['textSize'] = settings.textSize;
}

/** Saves when it can; when storage is unavailable the setting still holds until the page closes. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  writeStored(SETTINGS_KEY, JSON.stringify(current));
  applySettings(current);
  for (const listener of listeners) listener();
}

/** Follows the system theme while the setting is `system`. Call once at start-up. */
export function watchSystemTheme(): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const onChange = () => {
    if (current.theme === 'system') applySettings(current);
  };
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useSettings = (): Settings => useSyncExternalStore(subscribe, () => current);
