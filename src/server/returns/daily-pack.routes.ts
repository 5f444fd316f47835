import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { DailyPack, DailyPackQuery } from '../../shared/returns/daily-pack-contract.ts';
import { sessionOf } from '../http/request-context.ts';
import { renderDailyPackPdf, renderDailyPackXlsx } from './daily-pack-documents.ts';
import type { DailyPackService } from './daily-pack.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument };
const tags = ['returns'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const dailyPackRoutes: FastifyPluginAsyncZod<{ dailyPack: DailyPackService }> = async (app, { dailyPack }) => {
  app.get(
    '/returns/daily-pack',
    { schema: { tags, summary: 'The daily management meeting pack for a day: as generated that morning, or computed now', querystring: DailyPackQuery, response: { 200: DailyPack, ...problems } } },
    async (request) => dailyPack.get(sessionOf(request).actor, request.query.date),
  );

  app.post(
    '/returns/daily-pack',
    { schema: { tags, summary: 'Generate and keep the pack now (the schedule does so each morning)', querystring: DailyPackQuery, response: { 201: DailyPack, ...problems } } },
    async (request, reply) => {
      const actor = sessionOf(request).actor;
      return reply.code(201).send(await dailyPack.generate(actor, actor.forceId, request.query.date));
    },
  );

  app.get(
    '/returns/daily-pack.pdf',
    { schema: { tags, summary: 'The pack as a PDF (OFFICIAL-SENSITIVE)', querystring: DailyPackQuery } },
    async (request, reply) => {
      const pack = await dailyPack.get(sessionOf(request).actor, request.query.date);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="daily-pack-${pack.date}.pdf"`).send(await renderDailyPackPdf(pack));
    },
  );

  app.get(
    '/returns/daily-pack.xlsx',
    { schema: { tags, summary: 'The pack as a workbook, one sheet per section', querystring: DailyPackQuery } },
    async (request, reply) => {
      const pack = await dailyPack.get(sessionOf(request).actor, request.query.date);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="daily-pack-${pack.date}.xlsx"`).send(await renderDailyPackXlsx(pack));
    },
  );
};
