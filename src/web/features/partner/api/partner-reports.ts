import { queryOptions } from '@tanstack/react-query';
import type { PublicReportStatus } from '../../../../shared/reports/contract.ts';
import { api } from '../../../lib/api-client.ts';

/** What this partner submitted, with the status the public also sees. */
export const myReportsQueryOptions = queryOptions({
  queryKey: ['cases', 'mine'],
  queryFn: () => api.get<PublicReportStatus[]>('/api/v1/reports/mine'),
});
