import { queryOptions } from '@tanstack/react-query';
import type { AuthConfigResponse } from '../../../../shared/platform/contract.ts';
import { api } from '../../../lib/api-client.ts';

export const authConfigQueryOptions = queryOptions({
  queryKey: ['auth-config'],
  queryFn: () => api.get<AuthConfigResponse>('/api/v1/auth/config'),
  staleTime: 5 * 60_000,
});

/** A browser navigation, not a fetch: the identity provider takes over the whole page. */
export const SSO_START_PATH = '/api/v1/auth/oidc/start';
