import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';

import { navigate, routes, type SearchFilters as Filters } from '@/lib/router';

import { searchManifestQueryOptions } from '../api/search';
import { activeFilters, KIND_LABELS, type QuoteKind } from '../lib/filters';

const FIELD = 'mt-1 block min-h-11 w-full rounded-md border border-rule bg-panel px-2 text-base';
const ANY = '';
const WIDE = '(min-width: 640px)';

interface Props {
  readonly q: string;
  readonly filters: Filters;
  /** Speakers quoted in the results shown: offered beside the library's most quoted. */
  readonly speakers: readonly string[];
}

/**
 * Speaker, quotation kind, source and date range, each a native control (keyboard and phone pickers for
 * free), in a disclosure that starts open on wide screens; on a phone it starts closed, so the results
 * stay in view, and the filters in force show as chips below it. A change is a new URL.
 */
export function SearchFilters({ q, filters, speakers }: Props) {
  const manifest = useQuery(searchManifestQueryOptions()).data;
  const [open, setOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? false);
  const set = (change: Partial<Filters>, replace = false) =>
    navigate(routes.search(q, { ...filters, ...change }), { replace });
  const on = activeFilters(filters).length;

  const speakerOptions = [
    ...new Set([...(manifest?.speakers ?? []).map(([name]) => name), ...speakers, filters.speaker ?? '']),
  ]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b));
  const sources = manifest?.filters.sources ?? [];
  const sourceOptions =
    filters.source && !sources.some(([s]) => s === filters.source)
      ? [[filters.source, 0] as const, ...sources]
      : sources;
  const dates = manifest?.filters.dates ?? null;

  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="mt-4 rounded-lg border border-rule px-3 sm:px-4"
    >
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">
        Filters{on > 0 && <span className="ml-1 text-muted">({on} on)</span>}
      </summary>
      <div className="grid gap-3 pb-4 sm:grid-cols-2">
        <Labelled label="Speaker">
          {(id) => (
            <select
              id={id}
              className={FIELD}
              value={filters.speaker ?? ANY}
              onChange={(e) => set({ speaker: e.target.value || null })}
            >
              <option value={ANY}>Anyone</option>
              {speakerOptions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label="Quotations">
          {(id) => (
            <select
              id={id}
              className={FIELD}
              value={filters.kind ?? ANY}
              onChange={(e) => set({ kind: (e.target.value || null) as QuoteKind | null })}
            >
              <option value={ANY}>Any kind</option>
              {Object.entries(KIND_LABELS).map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        {sourceOptions.length > 0 && (
          <Labelled label="Source">
            {(id) => (
              <select
                id={id}
                className={FIELD}
                value={filters.source ?? ANY}
                onChange={(e) => set({ source: e.target.value || null })}
              >
                <option value={ANY}>Any source</option>
                {sourceOptions.map(([name, count]) => (
                  <option key={name} value={name}>
                    {count > 0 ? `${name} (${String(count)})` : name}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
        )}
        {(dates || filters.from || filters.to) && (
          <div className="grid grid-cols-2 gap-3">
            <Labelled label="From">
              {(id) => (
                <input
                  id={id}
                  type="date"
                  className={FIELD}
                  min={dates?.[0]}
                  max={filters.to ?? dates?.[1]}
                  value={filters.from ?? ''}
                  onChange={(e) => set({ from: e.target.value || null }, true)}
                />
              )}
            </Labelled>
            <Labelled label="Until">
              {(id) => (
                <input
                  id={id}
                  type="date"
                  className={FIELD}
                  min={filters.from ?? dates?.[0]}
                  max={dates?.[1]}
                  value={filters.to ?? ''}
                  onChange={(e) => set({ to: e.target.value || null }, true)}
                />
              )}
            </Labelled>
          </div>
        )}
      </div>
    </details>
  );
}

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
