import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { DownloadButtons } from '@/lib/export/download-buttons';
import { formatDate } from '@/lib/format-date';
import type { SearchFilters } from '@/lib/router';

import { exportSearch } from '../api/search-export';
import { activeFilters, filterLabel } from '../lib/filters';

/** The search's quotations as a file: those it matched in every article it found. */
export function SearchDownloads({ q, filters }: { q: string; filters: SearchFilters }) {
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const what = [
    q.trim() && `“${q.trim()}”`,
    ...activeFilters(filters).map((k) => filterLabel(k, filters, formatDate)),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="mt-4">
      <DownloadButtons
        label="Download the quotations found:"
        file="verbatim-search"
        of={`Quotations found by a search for ${what}`}
        records={async () => {
          const found = await exportSearch(client, q, filters, window.location.href);
          setNote(
            found.read < found.found
              ? `The file holds the quotations of the best ${String(found.read)} of ${String(found.found)} articles found; narrow the search for the rest.`
              : found.records.length === 0
                ? 'The articles found match outside their quotations: the file has no quotations.'
                : '',
          );
          return found.records;
        }}
      />
      {note && <p className="mt-2 text-sm text-muted">{note}</p>}
    </div>
  );
}
