import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client.ts';
import type { CiaListEntry, CiaRequest, CiaResponse } from '../types.ts';
import { idPath, invalidateTension, tensionPath } from './keys.ts';

/** Every CIA of the force, at its latest version. */
export const ciasQueryOptions = queryOptions({
  queryKey: ['tension', 'cias'],
  queryFn: () => api.get<CiaListEntry[]>(tensionPath('/cias')),
});

/** One version of a CIA (the latest without `version`), with the list of every version. */
export const ciaQueryOptions = (id: string, version?: number) =>
  queryOptions({
    queryKey: ['tension', 'cia', id, version ?? 'latest'],
    queryFn: () => api.get<CiaResponse>(withQuery(idPath('cias', id), { version })),
  });

/** The PDF of a version, as a plain link so that the browser downloads it. */
export const ciaPdfHref = (id: string, version: number) => withQuery(`${idPath('cias', id)}/pdf`, { version });

/** Starts a CIA: version 1. */
export function useCreateCia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CiaRequest) => api.post<CiaResponse>(tensionPath('/cias'), body),
    onSuccess: () => invalidateTension(queryClient),
  });
}

/** Saves a new version; a 409 means `basedOnVersion` is no longer the latest (someone else saved). */
export function useSaveCia(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CiaRequest) => api.put<CiaResponse>(idPath('cias', id), body),
    onSuccess: () => invalidateTension(queryClient),
  });
}

/** Signs off one version; a 409 means it is no longer the latest. */
export function useSignOffCia(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<CiaResponse>(`${idPath('cias', id)}/sign-off`, { version }),
    onSuccess: () => invalidateTension(queryClient),
  });
}
