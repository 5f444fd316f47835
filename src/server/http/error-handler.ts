import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldProblem } from '../../shared/errors.ts';
import { AppError } from './errors.ts';
import { sendProblem } from './problem.ts';

/** Fastify's own errors that are the caller's fault, mapped to our codes. */
const fastifyCodes: Record<string, { status: number; code: 'payload_too_large' | 'unsupported_media_type' | 'validation_failed' }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'validation_failed' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'validation_failed' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'validation_failed' },
};

function fieldProblems(error: FastifyError): FieldProblem[] {
  if (!hasZodFastifySchemaValidationErrors(error)) {
    return [];
  }
  const where = error.validationContext;
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // zod reports unknown fields on the object that holds them; name the fields themselves.
    const keys = v.keyword === 'unrecognized_keys' && Array.isArray(v.params['keys']) ? v.params['keys'] : [];
    const key = keys.join(', ');
    const field = [path, key].filter(Boolean).join('.') || where || 'body';
    return { field, message: v.message ?? 'is not valid' };
  });
}

/**
 * The one error handler: AppErrors answer as themselves, bad input names its fields, and anything
 * else is logged with the request id and answered with a generic 500 that leaks nothing.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, {
        status: error.status,
        code: error.code,
        detail: error.message,
        errors: error.fields,
        headers: error.headers,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldProblems(error);
      const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return sendProblem(request, reply, { status: 400, code: 'validation_failed', detail, errors });
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) {
      return sendProblem(request, reply, { status: known.status, code: known.code, detail: error.message });
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, { status: 429, code: 'rate_limited', detail: 'too many requests; wait and try again' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, { status: 500, code: 'internal', detail: `quote request id ${request.id} if you report this` });
  });
}

/** The answer for a path no route serves. */
export function answerNoSuchEndpoint(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(request, reply, { status: 404, code: 'not_found', detail: `no such endpoint: ${request.method} ${request.url.split('?')[0]}` });
}
