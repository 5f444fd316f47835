import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ComplianceReviewRequest } from '../../../../shared/cases/contract.ts';
import type { ComplianceQueueResponse } from '../../../../shared/cases/figures-contract.ts';
import { api } from '../../../lib/api-client.ts';
import { postCaseAction } from '../../cases/api/case-actions.ts';
import { invalidateCases, reportQueryOptions } from '../../cases/api/get-report.ts';

export const complianceQueueQueryOptions = queryOptions({
  queryKey: ['cases', 'compliance'],
  queryFn: () => api.get<ComplianceQueueResponse>('/api/v1/compliance/queue'),
});

/**
 * Records a review, then reads the report back for the outcome the server gave it (compliant, or
 * returned to the officer), rather than guessing it here.
 */
export function useSubmitReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ reportId, body }: { reportId: string; body: z.input<typeof ComplianceReviewRequest> }) => {
      await postCaseAction(reportId, { action: 'compliance-review', body });
      const report = await queryClient.fetchQuery({ ...reportQueryOptions(reportId), staleTime: 0 });
      return { reference: report.reference, outcome: report.complianceReviews[0]?.outcome ?? null };
    },
    onSuccess: () => invalidateCases(queryClient),
  });
}
