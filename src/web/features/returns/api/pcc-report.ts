import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client.ts';
import type { PccReport } from '../types.ts';
import { returnsPath } from './paths.ts';

/** The panel report for a period (`2026-Q3`, `FY2026`…); `unsuppressed` shows small numbers as they are. */
export const pccReportQueryOptions = (period: string, unsuppressed: boolean) =>
  queryOptions({
    queryKey: ['returns', 'pcc-report', period, unsuppressed],
    queryFn: () => api.get<PccReport>(withQuery(returnsPath('/pcc-report'), { period, unsuppressed: unsuppressed ? 'true' : undefined })),
    placeholderData: keepPreviousData,
    // A bad period is the reader's to fix, not the network's: asking again gives the same answer.
    retry: false,
  });
