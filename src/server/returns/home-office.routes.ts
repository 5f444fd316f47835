import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HomeOfficeQuery } from '../../shared/returns/home-office-contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { HomeOfficeService } from './home-office.service.ts';

/** The Home Office annual hate crime return for the signed-in user's force, as CSV. */
export const homeOfficeRoutes: FastifyPluginAsyncZod<{ homeOffice: HomeOfficeService }> = async (app, { homeOffice }) => {
  app.get(
    '/returns/home-office.csv',
    {
      schema: {
        tags: ['returns'],
        summary: 'Home Office annual data requirement: recorded hate crimes for a financial year by strand, perceived religion and offence group',
        querystring: HomeOfficeQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const file = await homeOffice.csv(sessionOf(request).actor, { year: request.query.year });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.text);
    },
  );
};
