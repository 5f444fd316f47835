import { londonMidnight } from '../../lib/date-format.ts';

/**
 * The report list's filters as they live in the address bar: dates as London days (YYYY-MM-DD),
 * the rest as chosen. `area` is only the name to show for `areaId` (figures link here with both).
 */
export const reportFilterNames = ['q', 'status', 'kind', 'strand', 'from', 'to', 'areaId', 'area'] as const;
export type ReportFilterName = (typeof reportFilterNames)[number];
export type ReportFilters = Partial<Record<ReportFilterName, string>>;

export function reportFiltersFromSearch(search: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  for (const name of reportFilterNames) {
    const value = search.get(name)?.trim();
    if (value) {
      filters[name] = value;
    }
  }
  return filters;
}

export function reportSearch(filters: ReportFilters, before?: string): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of reportFilterNames) {
    const value = filters[name];
    if (value) {
      search.set(name, value);
    }
  }
  if (before) {
    search.set('before', before);
  }
  return search;
}

/** The API's query: London days become the UTC instants that bound them (`to` is exclusive, so the day after). */
export function reportApiParams(filters: ReportFilters): Record<string, string | undefined> {
  return {
    q: filters.q,
    status: filters.status,
    kind: filters.kind,
    strand: filters.strand,
    areaId: filters.areaId,
    from: filters.from ? (londonMidnight(filters.from) ?? undefined) : undefined,
    to: filters.to ? (londonMidnight(filters.to, 1) ?? undefined) : undefined,
  };
}
