import { queryOptions } from '@tanstack/react-query';
import type { UserResponse } from '../../../../shared/platform/contract.ts';
import { api } from '../../../lib/api-client.ts';

export const usersQueryKey = ['admin', 'users'] as const;

export const usersQueryOptions = queryOptions({
  queryKey: usersQueryKey,
  queryFn: () => api.get<UserResponse[]>('/api/v1/admin/users'),
});
