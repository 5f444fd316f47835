import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { StaffReportRequest, ThriveRequest } from '../../../../shared/cases/contract.ts';
import { api } from '../../../lib/api-client.ts';
import { postCaseAction } from './case-actions.ts';
import { invalidateCases } from './get-report.ts';

type Recorded = { id: string; reference: string; thriveError?: unknown };

/**
 * A report taken by staff (a call, or a partner's submission), then its THRIVE when one was given.
 * The report is kept even if the THRIVE is refused: `thriveError` says so, and it can be done on
 * the case page.
 */
export function useRecordReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ request, thrive }: { request: z.input<typeof StaffReportRequest>; thrive?: ThriveRequest | undefined }): Promise<Recorded> => {
      const created = await api.post<{ id: string; reference: string }>('/api/v1/reports', request);
      if (!thrive) {
        return created;
      }
      try {
        await postCaseAction(created.id, { action: 'thrive', body: thrive });
        return created;
      } catch (thriveError) {
        return { ...created, thriveError };
      }
    },
    onSuccess: () => invalidateCases(queryClient),
  });
}
