import type { QueryClient } from '@tanstack/react-query';

/** Every query of this module starts with 'tension', so one invalidation refreshes the whole picture. */
export const tensionQueryKey = ['tension'] as const;

/** Key individuals are personal data whose every read is audited: only re-read when asked for. */
export const KEY_INDIVIDUALS = 'key-individuals';

/** The API path of a tension resource: `tensionPath('/map')`. */
export const tensionPath = (path: string) => `/api/v1/tension${path}`;
/** The API path of one record: `idPath('signals', id)`. */
export const idPath = (collection: string, id: string) => tensionPath(`/${collection}/${encodeURIComponent(id)}`);

/**
 * After a change (ours, or one announced live): refetch every tension query on screen, except the
 * key individuals, whose reads land in the audit log and which no other change alters.
 */
export function invalidateTension(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: tensionQueryKey, predicate: (query) => query.queryKey[1] !== KEY_INDIVIDUALS });
}
