import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode, FieldProblem, ProblemDocument } from '../../shared/errors.ts';

const titles: Record<ErrorCode, string> = {
  validation_failed: 'Some of what was sent is not valid',
  unauthenticated: 'Sign in to continue',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  recording_decision_required: 'The crime-recording decision comes first',
  crime_number_required: 'A crime number is needed',
  csrf_failed: 'The request could not be verified',
  rate_limited: 'Too many requests',
  payload_too_large: 'Too large',
  unsupported_media_type: 'Unsupported content type',
  service_unavailable: 'Service unavailable',
  internal: 'Something went wrong on our side',
};

/** Answers with an RFC 9457 problem document carrying our stable code and the request id. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { status: number; code: ErrorCode; detail?: string; errors?: FieldProblem[]; headers?: Record<string, string> },
): FastifyReply {
  const body: ProblemDocument = {
    type: `/api/problems/${problem.code}`,
    title: titles[problem.code],
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    errors: problem.errors,
  };
  for (const [name, value] of Object.entries(problem.headers ?? {})) {
    reply.header(name, value);
  }
  return reply.code(problem.status).type('application/problem+json').send(body);
}
