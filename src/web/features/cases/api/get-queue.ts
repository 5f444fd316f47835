import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueueResponse } from '../../../../shared/cases/contract.ts';
import { api } from '../../../lib/api-client.ts';

export const queueQueryKey = ['cases', 'queue'] as const;

/** The flagged queue. Live changes arrive by server-sent events (use-report-events.ts); polling is the fallback. */
export const queueQueryOptions = queryOptions({
  queryKey: queueQueryKey,
  queryFn: () => api.get<QueueResponse>('/api/v1/reports/queue'),
  refetchInterval: 120_000,
});

/**
 * The force's call grades. The API offers them only with the queue, so this reads the queue (and
 * so needs cases:triage or cases:assign); without it, grades show by their codes.
 */
export function useGrades(enabled: boolean) {
  return useQuery({ ...queueQueryOptions, select: (data) => data.grades, refetchInterval: false, staleTime: 5 * 60_000, enabled });
}
