import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client.ts';
import type { AssessmentList, AssessmentRequest, AssessmentResponse, EvidenceSuggestions } from '../types.ts';
import { idPath, invalidateTension, tensionPath } from './keys.ts';

/** Which assessments to list: one area or community, and whether to include superseded ones. */
export type AssessmentFilter = { areaId?: string | undefined; communityId?: string | undefined; history?: boolean | undefined };

/** The current assessments (one per area and community), or with `history` every one, newest first. */
export const assessmentsQueryOptions = (filter: AssessmentFilter) =>
  queryOptions({
    queryKey: ['tension', 'assessments', filter.areaId ?? 'all', filter.communityId ?? 'all', filter.history ? 'history' : 'current'],
    queryFn: () =>
      api.get<AssessmentList>(
        withQuery(tensionPath('/assessments'), { areaId: filter.areaId, communityId: filter.communityId, history: filter.history ? 'true' : undefined }),
      ),
    placeholderData: keepPreviousData,
  });

/** One assessment in full, with what changed since the one it superseded. */
export const assessmentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['tension', 'assessment', id],
    queryFn: () => api.get<AssessmentResponse>(idPath('assessments', id)),
  });

/** What could go into a new assessment of the area: recent reports and concerns, and its open signals. */
export const evidenceSuggestionsQueryOptions = (areaId: string, days = 14) =>
  queryOptions({
    queryKey: ['tension', 'suggestions', areaId, days],
    queryFn: () => api.get<EvidenceSuggestions>(withQuery(tensionPath('/evidence-suggestions'), { areaId, days })),
    enabled: areaId !== '',
  });

/** Records a new assessment; a 409 means `supersedes` is no longer the current one (someone else assessed). */
export function useRecordAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentRequest) => api.post<AssessmentResponse>(tensionPath('/assessments'), body),
    // Not awaited: the form moves on to the new assessment at once, rather than first watching the
    // refreshed queries report its own assessment as "newer" than the one it superseded.
    onSuccess: () => {
      void invalidateTension(queryClient);
    },
  });
}
