import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from './api-client.ts';
import { meQueryKey } from './auth.ts';

declare module '@tanstack/react-query' {
  interface Register {
    // A mutation whose 401 is an answer (wrong password), not a lost session.
    mutationMeta: { expectsUnauthenticated?: boolean };
  }
}

/**
 * Drops everything the signed-out user could see and marks them signed out; the signed-in
 * guard then sends them to the sign-in page with the page they were on.
 */
export function forgetSession(client: QueryClient): void {
  // Already done: several queries can answer 401 at once.
  if (client.getQueryData(meQueryKey) === null) {
    return;
  }
  setCsrfToken(null);
  client.setQueryData(meQueryKey, null);
  // What no page shows goes now; what the page being left still shows goes when it unmounts
  // (see forgetWhenUnwatched): removing a watched query would strand the page's observer.
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0], type: 'inactive' });
}

/** While signed out, a query's data is dropped as soon as no component shows it any more. */
function forgetWhenUnwatched(client: QueryClient): void {
  const cache = client.getQueryCache();
  const signedOut = () => client.getQueryData(meQueryKey) === null;
  cache.subscribe((event) => {
    if (event.type !== 'observerRemoved' || event.query.queryKey[0] === meQueryKey[0] || !signedOut()) {
      return;
    }
    const { query } = event;
    // Checked again a moment later: React's StrictMode unsubscribes and subscribes straight back.
    queueMicrotask(() => {
      if (query.getObserversCount() === 0 && signedOut()) {
        cache.remove(query);
      }
    });
  });
}

function shouldRetry(failureCount: number, error: Error): boolean {
  // 4xx answers will not change by asking again; network blips and 5xx might.
  if (isApiError(error) && error.status >= 400 && error.status < 500) {
    return false;
  }
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error, 401) && query.queryKey[0] !== meQueryKey[0]) {
          forgetSession(client);
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isApiError(error, 401) && !mutation.meta?.expectsUnauthenticated) {
          forgetSession(client);
        }
        // The session's token changed (signed in again in another tab): fetch the new one.
        if (isApiError(error, 403) && error.code === 'csrf_failed') {
          void client.invalidateQueries({ queryKey: meQueryKey });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  forgetWhenUnwatched(client);
  return client;
}
