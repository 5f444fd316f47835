import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { open311KeysQueryKey } from './get-open311-keys.ts';

/** Revokes at once; the list is refetched whether it worked or the key was already revoked (409). */
export function useRevokeOpen311Key() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/v1/admin/open311-keys/${encodeURIComponent(id)}/revoke`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: open311KeysQueryKey }),
  });
}
