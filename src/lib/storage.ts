// localStorage that never breaks the app: private modes, full quotas and disabled storage all throw, and
// every one of those leaves the app working without remembering anything.

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** False when the value could not be kept. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function readStoredJson<T>(key: string, parse: (value: unknown) => T | null): T | null {
  const raw = readStored(key);
  if (raw === null) return null;
  try {
    return parse(JSON.parse(raw));
  } catch {
    return null;
  }
}
