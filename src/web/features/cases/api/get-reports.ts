import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportListResponse } from '../../../../shared/cases/contract.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { reportApiParams, type ReportFilters } from '../report-filters.ts';

export function reportListQueryOptions(filters: ReportFilters, before: string | undefined) {
  return queryOptions({
    queryKey: ['cases', 'list', filters, before ?? null],
    queryFn: () => api.get<z.infer<typeof ReportListResponse>>(withQuery('/api/v1/reports', { ...reportApiParams(filters), before, limit: 50 })),
    // The old rows stay while the next page loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/** The same filters as a CSV download; a plain link, so the browser handles the file. */
export function reportsCsvHref(filters: ReportFilters): string {
  return withQuery('/api/v1/reports.csv', reportApiParams(filters));
}
