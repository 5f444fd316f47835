import type { ErrorCode, FieldProblem } from '../../shared/errors.ts';

/**
 * The one error type services throw. `message` is safe to show to the caller; anything that is
 * not an AppError is answered with a generic 500 and logged with the request id.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldProblem[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    extra: { fields?: FieldProblem[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.fields = extra.fields;
    this.headers = extra.headers;
  }
}

export const notFound = (what: string) => new AppError('not_found', 404, `${what} not found`);
export const unauthenticated = (message = 'sign in to continue') => new AppError('unauthenticated', 401, message);
export const forbidden = (message = 'your role does not allow this') => new AppError('forbidden', 403, message);
export const conflict = (message: string) => new AppError('conflict', 409, message);
export const validationFailed = (fields: FieldProblem[]) =>
  new AppError('validation_failed', 400, fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('rate_limited', 429, 'too many attempts; wait and try again', {
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
