import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '../../../../shared/platform/contract.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryOptions } from '../../../lib/auth.ts';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api.post('/api/v1/auth/login', body),
    // A 401 here means a wrong password, not a lost session.
    meta: { expectsUnauthenticated: true },
    // The session cookie is set; fetch who we are (and the CSRF token) before moving on.
    onSuccess: () => queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 }),
  });
}
