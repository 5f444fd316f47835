import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../../lib/api-client.ts';
import { forgetSession } from '../../../lib/query-client.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post('/api/v1/auth/logout'),
    meta: { expectsUnauthenticated: true },
    onSettled: (_data, error) => {
      // A 401 means the session had already ended: as good as signed out.
      if (error && !isApiError(error, 401)) {
        return;
      }
      forgetSession(queryClient);
      void navigate('/sign-in', { replace: true });
    },
  });
}
