import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import {
  TensionSummaryApproveRequest,
  TensionSummaryCompileRequest,
  TensionSummaryCorrectionRequest,
  TensionSummaryEditRequest,
  TensionSummaryExport,
  TensionSummaryListItem,
  TensionSummaryResponse,
} from '../../shared/returns/tension-summary-contract.ts';
import { toCsv } from '../formats/csv.ts';
import { sessionOf } from '../http/request-context.ts';
import { CSV_COLUMNS } from './tension-summary.presenter.ts';
import type { TensionSummariesService } from './tension-summary.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };
const Params = z.object({ id: z.uuid() });
const tags = ['returns'];
const BASE = '/returns/tension-summaries';

export const tensionSummaryRoutes: FastifyPluginAsyncZod<{ summaries: TensionSummariesService }> = async (app, { summaries }) => {
  const actorOf = (request: Parameters<typeof sessionOf>[0]) => sessionOf(request).actor;
  const attachment = (file: string) => `attachment; filename="${file}"`;

  app.get(
    BASE,
    { schema: { tags, summary: 'Community Tension Summaries, the latest period first', response: { 200: z.array(TensionSummaryListItem), ...problems } } },
    async (request) => summaries.list(actorOf(request)),
  );

  app.post(
    BASE,
    {
      schema: {
        tags,
        summary: 'Compile a return from the live tension picture (default: the 7 days ending yesterday; daily: from = to)',
        body: TensionSummaryCompileRequest,
        response: { 201: TensionSummaryResponse, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await summaries.compile(actorOf(request), request.body)),
  );

  app.get(
    `${BASE}/:id`,
    { schema: { tags, summary: 'One version of a return: what was compiled and its text', params: Params, response: { 200: TensionSummaryResponse, ...problems } } },
    async (request) => summaries.get(actorOf(request), request.params.id),
  );

  app.put(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'Replace the text of a draft (409 if edited since basedOnRevision, or issued); editing an approved draft withdraws the approval',
        params: Params,
        body: TensionSummaryEditRequest,
        response: { 200: TensionSummaryResponse, ...problems },
      },
    },
    async (request) => summaries.edit(actorOf(request), request.params.id, request.body),
  );

  app.post(
    `${BASE}/:id/approve`,
    {
      schema: {
        tags,
        summary: 'Approve the revision read (returns:approve; never by its compiler or an editor)',
        params: Params,
        body: TensionSummaryApproveRequest,
        response: { 200: TensionSummaryResponse, ...problems },
      },
    },
    async (request) => summaries.approve(actorOf(request), request.params.id, request.body.revision),
  );

  app.post(
    `${BASE}/:id/issue`,
    { schema: { tags, summary: 'Issue an approved return to the national team; it never changes afterwards', params: Params, response: { 200: TensionSummaryResponse, ...problems } } },
    async (request) => summaries.issue(actorOf(request), request.params.id),
  );

  app.post(
    `${BASE}/:id/corrections`,
    {
      schema: {
        tags,
        summary: 'Open a correction of an issued return: the next version, a draft copying its content; issuing it supersedes this one',
        params: Params,
        body: TensionSummaryCorrectionRequest,
        response: { 201: TensionSummaryResponse, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await summaries.correct(actorOf(request), request.params.id, request.body.reason)),
  );

  app.get(
    `${BASE}/:id.json`,
    { schema: { tags, summary: 'The return for the national team as JSON (schema cohesion/community-tension-summary@1)', params: Params, response: { 200: TensionSummaryExport, ...problems } } },
    async (request, reply) => {
      const { file, body } = await summaries.exportJson(actorOf(request), request.params.id);
      return reply.header('content-disposition', attachment(file)).send(body);
    },
  );

  app.get(
    `${BASE}/:id.pdf`,
    { schema: { tags, summary: 'The return as a PDF (OFFICIAL-SENSITIVE)', params: Params } },
    async (request, reply) => {
      const { file, body } = await summaries.exportPdf(actorOf(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', attachment(file)).send(body);
    },
  );

  app.get(
    `${BASE}/:id.csv`,
    { schema: { tags, summary: 'The return as CSV, one row per policing area', params: Params } },
    async (request, reply) => {
      const { file, body } = await summaries.exportCsv(actorOf(request), request.params.id);
      async function* rows() {
        yield* body;
      }
      const csv = toCsv(CSV_COLUMNS, rows());
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(file)).send(csv);
    },
  );
};
