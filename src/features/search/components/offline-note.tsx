import { useQuery } from '@tanstack/react-query';

import { localListQueryOptions } from '@/lib/api/local-articles';

import { searchManifestQueryOptions } from '../api/search';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * What search can do with the network off, as the build decided (src/content/offline.ts). Articles the
 * reader imported are searched on this device whatever the network.
 */
export function offlineMessage(
  offline: { limit: number; articles: number; search: boolean },
  bundled: number,
  imported = 0,
): string {
  const total = bundled + imported;
  if (offline.search)
    return `Works offline: once the app has been opened, search covers ${total === 1 ? 'the library’s one article' : `all ${count(total)} articles`} without a network.`;
  const yours =
    imported === 0
      ? ''
      : ` ${imported === 1 ? 'The article you imported is' : `The ${count(imported)} articles you imported are`} searched on this device, offline too.`;
  return (
    `Search needs the network for this library: it has ${count(bundled)} articles, more than the ` +
    `${count(offline.limit)} kept for offline use. Offline, the ${count(offline.articles)} newest articles can still be read from the library.${yours}`
  );
}

export function OfflineNote({ offline: isOffline = false }: { offline?: boolean }) {
  const manifest = useQuery(searchManifestQueryOptions()).data;
  const imported = useQuery(localListQueryOptions()).data?.entries.length ?? 0;
  if (!manifest) return null;
  const text = offlineMessage(manifest.offline, manifest.articles, imported);
  return (
    <p className={isOffline ? 'mt-4' : 'mt-10 text-sm text-muted'} data-offline-note>
      {text}
    </p>
  );
}
