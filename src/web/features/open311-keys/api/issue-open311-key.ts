import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IssuedOpen311Key, IssueOpen311KeyRequest } from '../../../../shared/open311/contract.ts';
import { api } from '../../../lib/api-client.ts';
import { open311KeysQueryKey } from './get-open311-keys.ts';

export function useIssueOpen311Key() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueOpen311KeyRequest) => api.post<IssuedOpen311Key>('/api/v1/admin/open311-keys', body),
    // The key is shown once: do not keep it in the mutation cache afterwards.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: open311KeysQueryKey }),
  });
}
