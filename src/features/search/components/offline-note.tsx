import { useQuery } from '@tanstack/react-query';

import { searchManifestQueryOptions } from '../api/search';

const count = (n: number) => n.toLocaleString('en-GB');

/** What search can do with the network off, as the build decided (src/content/offline.ts). */
export function offlineMessage(
  offline: { limit: number; articles: number; search: boolean },
  total: number,
): string {
  if (offline.search)
    return `Works offline: once the app has been opened, search covers ${total === 1 ? 'the library’s one article' : `all ${count(total)} articles`} without a network.`;
  return (
    `Search needs the network for this library: it has ${count(total)} articles, more than the ` +
    `${count(offline.limit)} kept for offline use. Offline, the ${count(offline.articles)} newest articles can still be read from the library.`
  );
}

export function OfflineNote({ offline: isOffline = false }: { offline?: boolean }) {
  const manifest = useQuery(searchManifestQueryOptions()).data;
  if (!manifest) return null;
  const text = offlineMessage(manifest.offline, manifest.articles);
  return (
    <p className={isOffline ? 'mt-4' : 'mt-10 text-sm text-muted'} data-offline-note>
      {text}
    </p>
  );
}
