import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client.ts';
import type { DailyPack } from '../types.ts';
import { returnsPath } from './paths.ts';

const key = (date: string | undefined) => ['returns', 'daily-pack', date ?? 'today'] as const;

/** The pack for a London day (today without `date`): as stored when generated, or computed now. */
export const dailyPackQueryOptions = (date: string | undefined) =>
  queryOptions({
    queryKey: key(date),
    queryFn: () => api.get<DailyPack>(withQuery(returnsPath('/daily-pack'), { date })),
    placeholderData: keepPreviousData,
  });

/** Generates and keeps the pack now; the answer is the stored pack, so it replaces the one on screen. */
export function useGenerateDailyPack(date: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<DailyPack>(withQuery(returnsPath('/daily-pack'), { date })),
    onSuccess: (pack) => queryClient.setQueryData(key(date), pack),
  });
}
