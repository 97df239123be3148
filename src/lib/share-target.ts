// Web Share Target: the installed app appears in the system's share sheet (manifest `share_target`,
// src/content/pwa.ts), and the browser opens `./?share-target&title=…&text=…&url=…`. A share target
// cannot aim at a hash route, so on startup that query becomes the add view, prefilled
// (`#/add?title=…&text=…&url=…`), and leaves the address bar: a reload must not import twice. The page
// loads this module only when its address carries the marker (src/main.tsx), so it costs others nothing.

import { formatRoute, routes } from './router';

/** The marker parameter of the manifest's `action`. */
export const SHARE_TARGET_PARAM = 'share-target';

/** The add view's hash for a share's query string, or null when the page was not opened by a share. */
export function shareTargetHash(search: string): string | null {
  const params = new URLSearchParams(search);
  if (!params.has(SHARE_TARGET_PARAM)) return null;
  const field = (key: string) => params.get(key)?.trim() || null;
  return formatRoute(routes.add({ title: field('title'), text: field('text'), url: field('url') }));
}

/** Turns a share into the add view, replacing the URL (no extra history entry). */
export function acceptShare(): void {
  const hash = shareTargetHash(window.location.search);
  if (hash === null) return;
  window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
  // replaceState fires no hashchange; the router listens for one.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
