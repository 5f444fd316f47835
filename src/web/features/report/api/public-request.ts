import type { FieldProblem } from '../../../../shared/errors.ts';
import { ApiError } from '../../../lib/api-client.ts';

/**
 * Requests to `/api/v1/public/*`: like the app's API client, but with the headers these
 * endpoints take (Idempotency-Key, X-Report-Secret) and without cookies, so that a report is
 * never tied to a staff session that happens to be open in the same browser.
 */
export async function publicRequest<T>(method: 'GET' | 'POST', path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'service_unavailable', title: 'Network error' });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw problemError(response.status, body);
  }
  // The server builds the body from the shared contract, so the cast is the contract.
  return body as T;
}

function problemError(status: number, body: unknown): ApiError {
  const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const fieldErrors = Array.isArray(problem['errors'])
    ? problem['errors'].filter(
        (e: unknown): e is FieldProblem =>
          typeof e === 'object' && e !== null && typeof (e as FieldProblem).field === 'string' && typeof (e as FieldProblem).message === 'string',
      )
    : [];
  const code = typeof problem['code'] === 'string' ? problem['code'] : undefined;
  return new ApiError({
    status,
    // An unknown code is treated by its status alone; screens branch on the status here.
    code: (code as ApiError['code'] | undefined) ?? 'internal',
    title: typeof problem['title'] === 'string' ? problem['title'] : `HTTP ${status}`,
    requestId: typeof problem['requestId'] === 'string' ? problem['requestId'] : undefined,
    fieldErrors,
  });
}
