import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService, RequestOrigin, SessionContext } from '../platform/auth.service.ts';
import { safeEqual } from '../platform/auth.service.ts';
import { AppError, unauthenticated } from './errors.ts';

export const SESSION_COOKIE = 'cohesion_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionContext | undefined;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: String(request.id) };
}

/** The signed-in session of a request, or 401. */
export function sessionOf(request: FastifyRequest): SessionContext {
  if (!request.session) {
    throw unauthenticated();
  }
  return request.session;
}

/**
 * Resolves the session cookie on every API request and guards state-changing requests against
 * cross-site forgery twice over: a browser's Origin must be ours, and a signed-in request must
 * carry the session's CSRF token in X-CSRF-Token (a cross-site page can read neither).
 */
export function registerRequestContext(app: FastifyInstance, deps: { auth: AuthService; publicUrl: string }): void {
  const ownOrigin = new URL(deps.publicUrl).origin;
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) {
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await deps.auth.resumeSession(token, originOf(request)) : undefined;
    if (!UNSAFE.has(request.method) || request.url.startsWith('/api/v1/public/')) {
      return;
    }
    const origin = request.headers.origin;
    if (origin && origin !== ownOrigin && origin !== `${request.protocol}://${request.host}`) {
      throw new AppError('csrf_failed', 403, 'requests from other sites are refused');
    }
    if (request.session) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, request.session.csrfToken)) {
        throw new AppError('csrf_failed', 403, 'missing or wrong X-CSRF-Token header; reload the page and try again');
      }
    }
  });
}
