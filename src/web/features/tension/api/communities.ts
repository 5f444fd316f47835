import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CommunityInput, CommunityResponse, KeyIndividual, KeyIndividualInput } from '../types.ts';
import { idPath, invalidateTension, KEY_INDIVIDUALS, tensionPath } from './keys.ts';

/** Every community of the force; they change rarely, so they stay fresh for five minutes. */
export const communitiesQueryOptions = queryOptions({
  queryKey: ['tension', 'communities'],
  queryFn: () => api.get<CommunityResponse[]>(tensionPath('/communities')),
  staleTime: 5 * 60_000,
});

/** Adds a community (tension:assess). */
export function useAddCommunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunityInput) => api.post<CommunityResponse>(tensionPath('/communities'), body),
    onSuccess: () => invalidateTension(queryClient),
  });
}

const keyIndividualsKey = (communityId: string) => ['tension', KEY_INDIVIDUALS, communityId] as const;

/**
 * A community's key individuals. Every read is written to the audit log, so they are fetched only
 * when someone asks to see them, never kept once off screen, and never refetched behind their back.
 */
export const keyIndividualsQueryOptions = (communityId: string) =>
  queryOptions({
    queryKey: keyIndividualsKey(communityId),
    queryFn: () => api.get<KeyIndividual[]>(`${idPath('communities', communityId)}/key-individuals`),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** Adds a key individual to a community (tension:key_individuals). */
export function useAddKeyIndividual(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: KeyIndividualInput) => api.post<KeyIndividual>(`${idPath('communities', communityId)}/key-individuals`, body),
    // The list on screen gains the new person without another audited read of everyone.
    onSuccess: (added) => queryClient.setQueryData<KeyIndividual[]>(keyIndividualsKey(communityId), (list) => (list ? [...list, added] : list)),
  });
}
