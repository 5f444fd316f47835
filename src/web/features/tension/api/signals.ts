import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client.ts';
import type { SignalDecision, SignalDetail, SignalResponse, SignalScan, SignalStatus } from '../types.ts';
import { idPath, invalidateTension, tensionPath } from './keys.ts';

/** Which signals to list: by status (open, acknowledged, dismissed) and area; all when empty. */
export type SignalFilter = { status?: SignalStatus | undefined; areaId?: string | undefined };

/** Signals, refreshed every two minutes as a fallback to the live events. */
export const signalsQueryOptions = (filter: SignalFilter) =>
  queryOptions({
    queryKey: ['tension', 'signals', filter.status ?? 'all', filter.areaId ?? 'all'],
    queryFn: () => api.get<SignalResponse[]>(withQuery(tensionPath('/signals'), { status: filter.status, areaId: filter.areaId })),
    refetchInterval: 120_000,
  });

/** A signal with the counts behind it and the day's reports. */
export const signalQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['tension', 'signal', id],
    queryFn: () => api.get<SignalDetail>(idPath('signals', id)),
  });

/** Acknowledge (someone is on it) or dismiss (with the reason) a signal. */
export function useSignalDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignalDecision) => api.post<SignalResponse>(`${idPath('signals', id)}/decision`, body),
    onSuccess: () => invalidateTension(queryClient),
  });
}

/** Counts the recent reports again now, rather than waiting for the next scheduled scan. */
export function useScanSignals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SignalScan>(tensionPath('/signals/scan')),
    onSuccess: () => invalidateTension(queryClient),
  });
}
