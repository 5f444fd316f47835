import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditPage } from '../../../../shared/platform/contract.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { apiParams, type AuditFilters } from '../audit-filters.ts';

export function auditPageQueryOptions(filters: AuditFilters, before: number | undefined) {
  return queryOptions({
    queryKey: ['audit', filters, before ?? null],
    queryFn: () => api.get<AuditPage>(withQuery('/api/v1/admin/audit', { ...apiParams(filters), before })),
    // Keep the old rows on screen while the next page loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/** The same filters as a CSV download; a plain link so the browser handles the file. */
export function auditCsvHref(filters: AuditFilters): string {
  return withQuery('/api/v1/admin/audit.csv', apiParams(filters));
}
