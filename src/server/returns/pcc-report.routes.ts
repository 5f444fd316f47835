import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { PccReport, PccReportQuery } from '../../shared/returns/pcc-contract.ts';
import { sessionOf } from '../http/request-context.ts';
import type { PccReportService } from './pcc-report.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument };
const tags = ['returns'];
const FILE_TYPES = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The report to the Police and Crime Panel, as JSON, PDF and XLSX. */
export const pccReportRoutes: FastifyPluginAsyncZod<{ pccReport: PccReportService }> = async (app, { pccReport }) => {
  app.get(
    '/returns/pcc-report',
    {
      schema: {
        tags,
        summary: 'Report to the Police and Crime Panel for a quarter or year: year on year, five-year trend, outcomes, tension (aggregates only)',
        querystring: PccReportQuery,
        response: { 200: PccReport, ...problems },
      },
    },
    async (request) => pccReport.report(sessionOf(request).actor, request.query),
  );

  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/returns/pcc-report.${format}`,
      {
        schema: {
          tags,
          summary: format === 'pdf' ? 'The panel report as a PDF, each chart followed by its figures' : 'The panel report as a workbook, one sheet per section',
          querystring: PccReportQuery,
          produces: [FILE_TYPES[format]],
        },
      },
      async (request, reply) => {
        const file = await pccReport[format](sessionOf(request).actor, request.query);
        return reply.type(FILE_TYPES[format]).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.bytes);
      },
    );
  }
};
