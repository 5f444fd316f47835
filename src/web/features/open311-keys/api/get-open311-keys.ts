import { queryOptions } from '@tanstack/react-query';
import type { Open311KeyResponse } from '../../../../shared/open311/contract.ts';
import { api } from '../../../lib/api-client.ts';

export const open311KeysQueryKey = ['admin', 'open311-keys'] as const;

export const open311KeysQueryOptions = queryOptions({
  queryKey: open311KeysQueryKey,
  queryFn: () => api.get<Open311KeyResponse[]>('/api/v1/admin/open311-keys'),
});
