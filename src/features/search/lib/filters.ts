// The search page's filters as the URL holds them (src/lib/router.ts): which are set, how each reads
// in a sentence, and the route with one changed.

import type { SearchFilters } from '@/lib/router';

export const FILTER_KEYS = ['speaker', 'kind', 'source', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type QuoteKind = NonNullable<SearchFilters['kind']>;

export const NO_FILTERS: SearchFilters = { speaker: null, kind: null, source: null, from: null, to: null };

export const KIND_LABELS: Readonly<Record<QuoteKind, string>> = {
  direct: 'Direct quotations',
  indirect: 'Paraphrases (indirect)',
  mixed: 'Partly quoted (mixed)',
};

export const hasFilters = (filters: SearchFilters): boolean => FILTER_KEYS.some((k) => filters[k] !== null);

export const activeFilters = (filters: SearchFilters): FilterKey[] =>
  FILTER_KEYS.filter((k) => filters[k] !== null);

export const withoutFilter = (filters: SearchFilters, key: FilterKey): SearchFilters => ({
  ...filters,
  [key]: null,
});

/** `Speaker: Ilse Varga`, `From 1 March 2023`: a filter as its chip and its "remove" button say it. */
export function filterLabel(
  key: FilterKey,
  filters: SearchFilters,
  formatDate: (d: string) => string,
): string {
  switch (key) {
    case 'speaker':
      return `Speaker: ${filters.speaker ?? ''}`;
    case 'kind':
      return filters.kind ? KIND_LABELS[filters.kind] : '';
    case 'source':
      return `Source: ${filters.source ?? ''}`;
    case 'from':
      return `From ${formatDate(filters.from ?? '')}`;
    case 'to':
      return `Until ${formatDate(filters.to ?? '')}`;
  }
}
