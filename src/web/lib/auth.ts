import { createContext, use } from 'react';
import { queryOptions } from '@tanstack/react-query';
import type { MeResponse } from '../../shared/platform/contract.ts';
import type { Permission } from '../../shared/platform/roles.ts';
import { api, isApiError, setCsrfToken } from './api-client.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when signed out (401). Other failures stay errors. */
async function fetchMe(): Promise<MeResponse | null> {
  try {
    const me = await api.get<MeResponse>('/api/v1/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });

/** Filled by the signed-in guard, so pages inside the shell always have a user. */
export const SignedInContext = createContext<MeResponse | null>(null);

export function useMe(): MeResponse {
  const me = use(SignedInContext);
  if (!me) {
    throw new Error('useMe() is only for pages inside the signed-in shell');
  }
  return me;
}

/** Whether the user holds the permission; given several, any one of them will do. */
export function hasPermission(me: Pick<MeResponse, 'permissions'>, permission: Permission | readonly Permission[] | undefined): boolean {
  if (permission === undefined) {
    return true;
  }
  const anyOf: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  return anyOf.some((p) => me.permissions.includes(p));
}

/**
 * Where to go after signing in: only a path on this site, never `//elsewhere` or a full URL,
 * so a crafted link cannot bounce a user off to another site.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  if (next.startsWith('/sign-in')) {
    return '/';
  }
  return next;
}

export function signInPath(next: string): string {
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
