import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { AuthConfigResponse, LoginRequest, MeResponse, SwitchForceRequest } from '../../shared/platform/contract.ts';
import type { Config } from '../config.ts';
import { SESSION_COOKIE, originOf, sessionOf } from '../http/request-context.ts';
import type { AuthService, SignedIn } from './auth.service.ts';
import type { OidcService } from './oidc.service.ts';
import { presentMe } from './platform.presenter.ts';

export interface AuthRoutesDeps {
  auth: AuthService;
  oidc: OidcService | undefined;
  config: Config;
}

export function setSessionCookie(reply: FastifyReply, config: Config, signedIn: SignedIn): void {
  reply.setCookie(SESSION_COOKIE, signedIn.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    expires: signedIn.expiresAt,
  });
}

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 429: ProblemDocument };

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesDeps> = async (app, { auth, oidc, config }) => {
  app.get(
    '/auth/config',
    { schema: { tags: ['auth'], summary: 'How staff can sign in', response: { 200: AuthConfigResponse } } },
    async () => ({ localSignIn: true, sso: { enabled: oidc !== undefined, label: config.oidc?.label ?? '' } }),
  );

  app.post(
    '/auth/login',
    {
      // A coarse flood guard per address; the per-account throttle in the service is the real limit.
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Sign in with email and password', body: LoginRequest, response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      const signedIn = await auth.signIn(request.body.email, request.body.password, originOf(request));
      setSessionCookie(reply, config, signedIn);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), 403: ProblemDocument } } },
    async (request, reply) => {
      if (request.session) {
        await auth.signOut(request.session);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user, force, roles and permissions', response: { 200: MeResponse, 401: ProblemDocument } } },
    async (request) => presentMe(sessionOf(request)),
  );

  app.post(
    '/me/force',
    {
      schema: {
        tags: ['auth'],
        summary: 'Switch to another of the user’s forces',
        body: SwitchForceRequest,
        response: { 204: z.null(), ...problems, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      await auth.switchForce(sessionOf(request), request.body.forceId);
      return reply.code(204).send(null);
    },
  );
};

/** The browser side of single sign-on: full-page redirects, so no JSON bodies here. */
export const oidcRoutes: FastifyPluginAsyncZod<AuthRoutesDeps> = async (app, { oidc, config }) => {
  const ReturnTo = z.object({ returnTo: z.string().regex(/^\/(?!\/)/, 'must be a path on this site').max(500).default('/') });
  app.get(
    '/auth/oidc/start',
    { schema: { tags: ['auth'], summary: 'Start single sign-on (redirects to the identity provider)', querystring: ReturnTo } },
    async (request, reply) => {
      if (!oidc) {
        return reply.redirect('/sign-in?sso=off');
      }
      return reply.redirect((await oidc.start(request.query.returnTo)).href);
    },
  );
  app.get(
    '/auth/oidc/callback',
    { schema: { tags: ['auth'], summary: 'Where the identity provider returns the browser', hide: true } },
    async (request, reply) => {
      if (!oidc) {
        return reply.redirect('/sign-in?sso=off');
      }
      try {
        const signedIn = await oidc.finish(new URL(request.url, config.publicUrl), originOf(request));
        setSessionCookie(reply, config, signedIn);
        return reply.redirect(signedIn.returnTo);
      } catch (error) {
        request.log.warn({ err: error instanceof Error ? error.message : 'unknown' }, 'single sign-on refused');
        return reply.redirect('/sign-in?sso=failed');
      }
    },
  );
};
