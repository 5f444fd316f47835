import { londonMidnight } from '../../lib/date-format.ts';

/**
 * The audit filters as they live in the address bar: dates as London calendar days
 * (YYYY-MM-DD, what a date input gives), the rest as typed. Shareable and kept by Back.
 */
export const filterNames = ['from', 'to', 'actor', 'action', 'recordType', 'recordId'] as const;
export type FilterName = (typeof filterNames)[number];
export type AuditFilters = Partial<Record<FilterName, string>>;

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of filterNames) {
    const value = search.get(name)?.trim();
    if (value) {
      filters[name] = value;
    }
  }
  return filters;
}

/** The cursor of the page being shown: the id of the last event of the page before it. */
export function cursorFromSearch(search: URLSearchParams): number | undefined {
  const before = Number(search.get('before'));
  return Number.isInteger(before) && before > 0 ? before : undefined;
}

export function searchFromFilters(filters: AuditFilters, before?: number): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value) {
      search.set(name, value);
    }
  }
  if (before !== undefined) {
    search.set('before', String(before));
  }
  return search;
}

/**
 * The API's query: whole London days become the UTC instants that bound them. The API's `to` is
 * exclusive, so "to 23 Nov" is sent as midnight at the start of 24 Nov.
 */
export function apiParams(filters: AuditFilters): Record<string, string | undefined> {
  return {
    from: filters.from ? (londonMidnight(filters.from) ?? undefined) : undefined,
    to: filters.to ? (londonMidnight(filters.to, 1) ?? undefined) : undefined,
    actor: filters.actor,
    action: filters.action,
    recordType: filters.recordType,
    recordId: filters.recordId,
  };
}
