import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { CiaListItem, CiaPdfQuery, CiaRequest, CiaResponse, CiaSignOffRequest } from '../../shared/tension/contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { CiasService } from './cias.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };
const Params = z.object({ id: z.uuid() });
const tags = ['tension'];

export const ciasRoutes: FastifyPluginAsyncZod<{ cias: CiasService }> = async (app, { cias }) => {
  app.get(
    '/tension/cias',
    { schema: { tags, summary: 'Community Impact Assessments, latest version of each', response: { 200: z.array(CiaListItem), ...problems } } },
    async (request) => cias.list(sessionOf(request).actor),
  );

  app.post(
    '/tension/cias',
    { schema: { tags, summary: 'Open a Community Impact Assessment (version 1)', body: CiaRequest, response: { 201: CiaResponse, ...problems } } },
    async (request, reply) => reply.code(201).send(await cias.create(sessionOf(request).actor, request.body)),
  );

  app.get(
    '/tension/cias/:id',
    { schema: { tags, summary: 'A CIA: its latest version, or the one asked for, with the version history', params: Params, querystring: CiaPdfQuery, response: { 200: CiaResponse, ...problems } } },
    async (request) => cias.get(sessionOf(request).actor, request.params.id, request.query.version),
  );

  app.put(
    '/tension/cias/:id',
    { schema: { tags, summary: 'Save a new version (basedOnVersion must be the latest, else 409)', params: Params, body: CiaRequest, response: { 200: CiaResponse, ...problems } } },
    async (request) => cias.update(sessionOf(request).actor, request.params.id, request.body),
  );

  app.post(
    '/tension/cias/:id/sign-off',
    { schema: { tags, summary: 'The commander signs off the latest version', params: Params, body: CiaSignOffRequest, response: { 200: CiaResponse, ...problems } } },
    async (request) => cias.signOff(sessionOf(request).actor, request.params.id, request.body.version),
  );

  app.get(
    '/tension/cias/:id/pdf',
    { schema: { tags, summary: 'A version of the CIA as a PDF (OFFICIAL-SENSITIVE)', params: Params, querystring: CiaPdfQuery } },
    async (request, reply) => {
      const { cia, bytes } = await cias.pdf(sessionOf(request).actor, request.params.id, request.query.version);
      const file = `cia-${cia.id.slice(0, 8)}-v${cia.version}.pdf`;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file}"`).send(bytes);
    },
  );
};
