import type { ErrorCode, FieldProblem, ProblemDocument } from '../../shared/errors.ts';

/**
 * The one way the web app talks to the Cohesion API: same origin, cookie session, JSON in and out.
 * Problem documents (RFC 9457) become an ApiError so that screens branch on `code`, never on text.
 */

const LOGIN_PATH = '/api/v1/auth/login';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type ApiErrorInit = {
  status: number;
  code: ErrorCode;
  title: string;
  detail?: string | undefined;
  requestId?: string | undefined;
  fieldErrors?: readonly FieldProblem[] | undefined;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly fieldErrors: readonly FieldProblem[];

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

// The CSRF token arrives with /me; the auth module hands it over so every caller need not.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** `raw` sends a file's text untouched under its own type; everything else travels as JSON. */
async function request<T>(method: Method, path: string, body?: unknown, raw?: { type: string }): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) {
    headers['Content-Type'] = raw?.type ?? 'application/json';
  }
  if (STATE_CHANGING.has(method) && path !== LOGIN_PATH && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? String(body) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'service_unavailable', title: 'Network error' });
  }
  if (!response.ok) {
    throw await toApiError(response);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    // Callers that expect no content type T as void; nothing else gets here.
    return undefined as T;
  }
  // The server builds every body from the shared contract, so the cast is the contract.
  const data: unknown = await response.json();
  return data as T;
}

const codeForStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

async function toApiError(response: Response): Promise<ApiError> {
  const fallback: ApiErrorInit = {
    status: response.status,
    code: codeForStatus[response.status] ?? 'internal',
    title: response.statusText || `HTTP ${response.status}`,
  };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ApiError(fallback);
  }
  if (!isProblemDocument(body)) {
    return new ApiError(fallback);
  }
  return new ApiError({
    status: response.status,
    code: body.code,
    title: body.title,
    detail: body.detail,
    requestId: body.requestId,
    fieldErrors: body.errors,
  });
}

// A structural check rather than ProblemDocument.parse keeps zod out of the first download.
function isProblemDocument(value: unknown): value is ProblemDocument {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.title !== 'string' || typeof v.code !== 'string') {
    return false;
  }
  if (v.errors === undefined) {
    return true;
  }
  return (
    Array.isArray(v.errors) &&
    v.errors.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as Record<string, unknown>).field === 'string' &&
        typeof (e as Record<string, unknown>).message === 'string',
    )
  );
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T = void>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T = void>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** Sends a file's text as it is (a CSV or JSON import), with its own content type. */
  postFile: <T>(path: string, text: string, type: 'text/csv' | 'application/json') => request<T>('POST', path, text, { type }),
};

/** Builds `path?query` from the non-empty entries of `params`. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
