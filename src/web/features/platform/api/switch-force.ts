import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export function useSwitchForce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (forceId: string) => api.post('/api/v1/me/force', { forceId }),
    // Everything cached belongs to the old force: start again from /me.
    onSuccess: () => queryClient.resetQueries(),
  });
}
