import { useMutation } from '@tanstack/react-query';
import type { PublicReport, PublicReportReceipt } from '../../../../shared/reports/contract.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { publicRequest } from './public-request.ts';

type SendReport = { report: PublicReport; idempotencyKey: string };

/**
 * Sends the report. A lost connection is retried with the same Idempotency-Key, which is what
 * makes retrying safe: if the first attempt did arrive, the server answers with its receipt.
 */
export function useSendReport() {
  return useMutation({
    mutationFn: ({ report, idempotencyKey }: SendReport) =>
      publicRequest<PublicReportReceipt>('POST', '/api/v1/public/reports', { body: report, headers: { 'Idempotency-Key': idempotencyKey } }),
    retry: (failures, error) => isApiError(error, 0) && failures < 2,
    retryDelay: 2000,
  });
}
