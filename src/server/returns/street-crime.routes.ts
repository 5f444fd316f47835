import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StreetCrimeQuery } from '../../shared/returns/street-crime-contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { StreetCrimeService } from './street-crime.service.ts';

/** data.police.uk's street-level crime file of the signed-in user's force (docs/street-crime-export.md). */
export const streetCrimeRoutes: FastifyPluginAsyncZod<{ streetCrime: StreetCrimeService }> = async (app, { streetCrime }) => {
  app.get(
    '/exports/street-crime.csv',
    {
      schema: {
        tags: ['returns'],
        summary: 'A month of the force’s recorded hate crimes, exactly in data.police.uk’s street-level crime CSV format',
        querystring: StreetCrimeQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      // Permission, month and audit row are settled here, before the first byte: a refusal is still a problem document.
      const file = await streetCrime.exportMonth(sessionOf(request).actor, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(file.lines));
    },
  );
};
