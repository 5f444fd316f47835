import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { AreaResponse } from '../../shared/platform/contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { AreasService } from './areas.service.ts';
import { presentArea } from './platform.presenter.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 404: ProblemDocument };
const Params = z.object({ id: z.uuid() });

export const areasRoutes: FastifyPluginAsyncZod<{ areas: AreasService }> = async (app, { areas }) => {
  app.get(
    '/areas',
    { schema: { tags: ['areas'], summary: 'Policing areas and neighbourhoods of the force', response: { 200: z.array(AreaResponse), ...problems } } },
    async (request) => (await areas.listAreas(sessionOf(request).actor)).map(presentArea),
  );

  app.get(
    '/areas/:id',
    { schema: { tags: ['areas'], summary: 'One area', params: Params, response: { 200: AreaResponse, ...problems } } },
    async (request) => presentArea(await areas.getArea(sessionOf(request).actor, request.params.id)),
  );

  app.get(
    '/areas/:id/boundary',
    { schema: { tags: ['areas'], summary: 'The area’s boundary as a GeoJSON geometry (null when none was imported)', params: Params } },
    async (request, reply) =>
      reply.type('application/geo+json').send(JSON.stringify(await areas.getBoundary(sessionOf(request).actor, request.params.id))),
  );
};
