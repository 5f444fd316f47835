import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { JobListQuery, JobResponse } from '../../shared/jobs/contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { JobsService } from './jobs.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };
const tags = ['admin'];

/** A force's admins watch the background jobs of their force and of the system, and retry failed ones. */
export const jobsRoutes: FastifyPluginAsyncZod<{ jobs: JobsService }> = async (app, { jobs }) => {
  app.get(
    '/admin/jobs',
    {
      schema: {
        tags,
        summary: 'Recent background jobs of the admin’s force and of the system, newest first',
        querystring: JobListQuery,
        response: { 200: z.array(JobResponse), ...problems },
      },
    },
    async (request) => jobs.listForAdmin(sessionOf(request).actor, request.query),
  );

  app.post(
    '/admin/jobs/:id/retry',
    {
      schema: {
        tags,
        summary: 'Put a failed job back in the queue, due now, with its attempts counted afresh (409 if it has not failed)',
        params: z.object({ id: z.uuid() }),
        response: { 200: JobResponse, ...problems },
      },
    },
    async (request) => jobs.retryForAdmin(sessionOf(request).actor, request.params.id),
  );
};
