import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ComplianceReviewRequest } from '../../shared/cases/contract.ts';
import { ComplianceQueueResponse, FiguresQuery, FiguresResponse } from '../../shared/cases/figures-contract.ts';
import { ProblemDocument } from '../../shared/errors.ts';
import { sessionOf } from '../http/request-context.ts';
import { presentQueueItem } from './cases.presenter.ts';
import type { ComplianceService } from './compliance.service.ts';
import type { FiguresService } from './figures.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };

export const complianceRoutes: FastifyPluginAsyncZod<{ compliance: ComplianceService; figures: FiguresService }> = async (app, { compliance, figures }) => {
  app.get(
    '/compliance/queue',
    { schema: { tags: ['compliance'], summary: 'Hate incidents waiting for the Force Hate Crime Officer’s review', response: { 200: ComplianceQueueResponse, ...problems } } },
    async (request) => {
      const { settings, rows } = await compliance.queue(sessionOf(request).actor);
      return {
        checklist: settings.complianceChecklist,
        items: rows.map(({ row, lastOutcome }) => ({ ...presentQueueItem(row, settings.recordingDecisionHours), lastOutcome })),
      };
    },
  );

  app.post(
    '/reports/:id/compliance-review',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Record a compliance review; any unticked item returns the case to its officer',
        params: z.object({ id: z.uuid() }),
        body: ComplianceReviewRequest,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await compliance.review(sessionOf(request).actor, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/figures',
    { schema: { tags: ['figures'], summary: 'The inspector’s figures for a day: today, 7 and 28 days, open work, NCRS breaches, compliance', querystring: FiguresQuery, response: { 200: FiguresResponse, ...problems } } },
    async (request) => figures.forDay(sessionOf(request).actor, request.query.date),
  );
};
