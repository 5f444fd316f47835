import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Person, ReportDetail, ReporterContactResponse } from '../../../../shared/cases/contract.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api-client.ts';

/** Every query of this module starts with 'cases', so one invalidation after an action refreshes them all. */
export const casesQueryKey = ['cases'] as const;

/**
 * After a change: refetch every cases query on screen, except the reporter's contact details, whose
 * every read is audited and which a change elsewhere on the report does not alter.
 */
export function invalidateCases(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: casesQueryKey, predicate: (query) => query.queryKey[1] !== 'contact' });
}

const reportPath = (id: string) => `/api/v1/reports/${encodeURIComponent(id)}`;

export const reportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['cases', 'report', id],
    queryFn: () => api.get<ReportDetail>(reportPath(id)),
  });

/** The reporter's contact details: each read is audited, so only on request, and never kept in the cache. */
export const contactQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['cases', 'contact', id],
    queryFn: () => api.get<z.infer<typeof ReporterContactResponse>>(`${reportPath(id)}/contact`),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const assigneesQueryOptions = queryOptions({
  queryKey: ['cases', 'assignees'],
  queryFn: () => api.get<z.infer<typeof Person>[]>('/api/v1/reports/assignees'),
  staleTime: 5 * 60_000,
});
