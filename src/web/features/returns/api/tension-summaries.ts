import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CompileRequest, SummaryText, TensionSummaryListItem, TensionSummaryResponse } from '../types.ts';
import { returnsPath, summaryPath } from './paths.ts';

const LIST = returnsPath('/tension-summaries');

/** Every Community Tension Summary of the force, the latest period first. */
export const summariesQueryOptions = queryOptions({
  queryKey: ['returns', 'tension-summaries'],
  queryFn: () => api.get<TensionSummaryListItem[]>(LIST),
});

/** One version of a return: what was compiled, its text, and what the signed-in user may do with it. */
export const summaryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['returns', 'tension-summary', id],
    queryFn: () => api.get<TensionSummaryResponse>(summaryPath(id)),
  });

/**
 * After any change: the version on screen is the answer, and every other returns query (the list's
 * status and names, the version a correction corrects) is read again. Every query of this module
 * starts with 'returns'.
 */
function refresh(queryClient: QueryClient, saved: TensionSummaryResponse): Promise<void> {
  queryClient.setQueryData(summaryQueryOptions(saved.id).queryKey, saved);
  return queryClient.invalidateQueries({ queryKey: ['returns'], predicate: (q) => !(q.queryKey[1] === 'tension-summary' && q.queryKey[2] === saved.id) });
}

/** A refused step means the version changed under the reader: read it again, so the page shows why. */
const reread = (queryClient: QueryClient, id: string) => queryClient.invalidateQueries({ queryKey: summaryQueryOptions(id).queryKey });

/** Compiles a new return from the live tension picture. */
export function useCompileSummary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompileRequest) => api.post<TensionSummaryResponse>(LIST, body),
    onSuccess: (saved) => refresh(queryClient, saved),
  });
}

/** Replaces a draft's text; a 409 means someone edited it since `basedOnRevision` (or it was issued). */
export function useEditSummary(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SummaryText & { basedOnRevision: number }) => api.put<TensionSummaryResponse>(summaryPath(id), body),
    onSuccess: (saved) => refresh(queryClient, saved),
  });
}

/** Approves the revision read; a 409 means it was edited since, a 403 that the approver wrote some of it. */
export function useApproveSummary(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => api.post<TensionSummaryResponse>(summaryPath(id, '/approve'), { revision }),
    onSuccess: (saved) => refresh(queryClient, saved),
    onError: () => reread(queryClient, id),
  });
}

/** Issues an approved return to the national team; from then on it never changes. */
export function useIssueSummary(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<TensionSummaryResponse>(summaryPath(id, '/issue')),
    onSuccess: (saved) => refresh(queryClient, saved),
    onError: () => reread(queryClient, id),
  });
}

/** Opens a correction of an issued return: a new draft version copying its content. */
export function useCorrectSummary(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<TensionSummaryResponse>(summaryPath(id, '/corrections'), { reason }),
    onSuccess: (saved) => refresh(queryClient, saved),
  });
}
