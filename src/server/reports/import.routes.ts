import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { ImportResult } from '../../shared/reports/contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { ImportService } from './import.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 413: ProblemDocument, 415: ProblemDocument };

/**
 * Importing a file of reports from the web app: the file's text is the request body (text/csv or
 * application/json), up to 5 MB. Answers 200 either way; `refused` lists every row that stopped it.
 */
export const importRoutes: FastifyPluginAsyncZod<{ imports: ImportService }> = async (app, { imports }) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  // JSON arrives as text too: the import reads it row by row and reports bad rows, not a parse error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.post(
    '/imports/reports',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags: ['reports'],
        summary: 'Import reports from a CSV or JSON file into your force (all or nothing)',
        consumes: ['text/csv', 'application/json'],
        body: z.string().min(1, 'the file is empty'),
        response: { 200: ImportResult, ...problems },
      },
    },
    async (request) => {
      const { actor } = sessionOf(request);
      const format = request.headers['content-type']?.startsWith('text/csv') ? 'csv' : 'json';
      const result = await imports.importReports(actor, await imports.forceCodeOf(actor), { format, text: request.body });
      return result;
    },
  );
};
