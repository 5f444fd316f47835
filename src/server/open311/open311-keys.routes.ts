import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { IssuedOpen311Key, IssueOpen311KeyRequest, Open311KeyResponse } from '../../shared/open311/contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { Open311KeysService } from './open311-keys.service.ts';
import { presentKey } from './open311.presenter.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };
const tags = ['admin'];

/**
 * A force's admins issue and revoke the Open311 API keys of its partner organisations (reporting
 * centres, apps). The plain key is in the answer to the POST that issues it, and nowhere else, ever.
 */
export const open311KeysRoutes: FastifyPluginAsyncZod<{ keys: Open311KeysService }> = async (app, { keys }) => {
  app.get(
    '/admin/open311-keys',
    {
      schema: {
        tags,
        summary: 'Open311 API keys of the signed-in admin’s force, revoked ones included (never the keys themselves)',
        response: { 200: z.array(Open311KeyResponse), ...problems },
      },
    },
    async (request) => (await keys.listForceKeys(sessionOf(request).actor)).map(presentKey),
  );

  app.post(
    '/admin/open311-keys',
    {
      schema: {
        tags,
        summary: 'Issue an Open311 API key to a partner organisation of the force (the key is in this answer only)',
        body: IssueOpen311KeyRequest,
        response: { 201: IssuedOpen311Key, ...problems },
      },
    },
    async (request, reply) => {
      const issued = await keys.issueForceKey(sessionOf(request).actor, request.body);
      return reply.code(201).send({ key: { ...presentKey(issued), revokedAt: null }, apiKey: issued.key });
    },
  );

  app.post(
    '/admin/open311-keys/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an Open311 API key: requests with it are refused from now on (409 if already revoked)',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null().describe('revoked'), ...problems },
      },
    },
    async (request, reply) => {
      await keys.revokeForceKey(sessionOf(request).actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
