import { formatDate } from '@/lib/format-date';
import { navigate, routes, type SearchFilters } from '@/lib/router';

import { activeFilters, filterLabel, NO_FILTERS, withoutFilter } from '../lib/filters';

/** The filters in force, each a button that removes it: visible even with the filters panel closed. */
export function FilterChips({ q, filters }: { q: string; filters: SearchFilters }) {
  const on = activeFilters(filters);
  if (on.length === 0) return null;
  return (
    <ul aria-label="Filters in use" className="mt-3 flex flex-wrap gap-2">
      {on.map((key) => {
        const label = filterLabel(key, filters, formatDate);
        return (
          <li key={key}>
            <button
              type="button"
              aria-label={`Remove filter: ${label}`}
              onClick={() => navigate(routes.search(q, withoutFilter(filters, key)))}
              className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border border-accent px-3 text-sm hover:bg-rule"
            >
              <span className="truncate">{label}</span>
              <span aria-hidden="true" className="text-lg leading-none">
                ×
              </span>
            </button>
          </li>
        );
      })}
      {on.length > 1 && (
        <li>
          <button
            type="button"
            onClick={() => navigate(routes.search(q, NO_FILTERS))}
            className="min-h-11 px-2 text-sm underline"
          >
            Clear all filters
          </button>
        </li>
      )}
    </ul>
  );
}
