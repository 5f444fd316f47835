import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { JobResponse, JobState } from '../../../../shared/jobs/contract.ts';
import { api } from '../../../lib/api-client.ts';

const jobsKey = ['admin', 'jobs'] as const;

/** Recent background jobs, optionally of one state; refreshed every half minute while shown. */
export const jobsQueryOptions = (state: JobState | '') =>
  queryOptions({
    queryKey: [...jobsKey, state],
    queryFn: () => api.get<JobResponse[]>(`/api/v1/admin/jobs${state ? `?state=${state}` : ''}`),
    refetchInterval: 30_000,
  });

/** Puts a failed job back in the queue; every list is refetched whatever the answer. */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<JobResponse>(`/api/v1/admin/jobs/${encodeURIComponent(id)}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsKey }),
  });
}
