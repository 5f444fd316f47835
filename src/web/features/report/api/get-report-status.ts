import { useMutation } from '@tanstack/react-query';
import type { PublicReportStatus } from '../../../../shared/reports/contract.ts';
import { publicRequest } from './public-request.ts';

/** The status of one report: asked for when the form is sent, so the secret lives only in memory. */
export function useReportStatus() {
  return useMutation({
    mutationFn: ({ reference, secret }: { reference: string; secret: string }) =>
      publicRequest<PublicReportStatus>('GET', `/api/v1/public/reports/${encodeURIComponent(reference)}`, {
        headers: { 'X-Report-Secret': secret },
      }),
  });
}
