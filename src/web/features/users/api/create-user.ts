import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, CreateUserResponse } from '../../../../shared/platform/contract.ts';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './get-users.ts';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api.post<CreateUserResponse>('/api/v1/admin/users', body),
    // A generated password is shown once: do not keep it in the mutation cache afterwards.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
