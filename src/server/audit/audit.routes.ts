import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { AuditPage, AuditQuery } from '../../shared/platform/contract.ts';
import { toCsv } from '../formats/csv.ts';
import { sessionOf } from '../http/request-context.ts';
import type { AuditEventRow } from '../db/schema.ts';
import type { AuditService } from './audit.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument };

function presentEvent(row: AuditEventRow) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorEmail: row.actor_email,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    ip: row.ip,
    requestId: row.request_id,
    reason: row.reason,
  };
}

const CSV_COLUMNS = ['id', 'at', 'actorEmail', 'action', 'recordType', 'recordId', 'ip', 'requestId', 'reason'] as const;

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/admin/audit',
    { schema: { tags: ['admin'], summary: 'Search the audit log (newest first)', querystring: AuditQuery, response: { 200: AuditPage, ...problems } } },
    async (request) => {
      // One row more than asked says whether an older page exists, so "Older" never leads nowhere.
      const { limit } = request.query;
      const rows = await audit.search(sessionOf(request).actor, { ...request.query, limit: limit + 1 });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map(presentEvent), nextBefore: rows.length > limit && last ? last.id : null };
    },
  );

  app.get(
    '/admin/audit.csv',
    {
      schema: {
        tags: ['admin'],
        summary: 'The audit log as CSV, with the same filters',
        querystring: AuditQuery.omit({ before: true, limit: true }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const rows = audit.exportRows(sessionOf(request).actor, request.query);
      // Check the permission before the first byte goes out, so a refusal is still a problem document.
      const first = await rows.next();
      async function* lines() {
        if (!first.done) {
          yield presentEvent(first.value);
        }
        for await (const row of rows) {
          yield presentEvent(row);
        }
      }
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cohesion-audit-${stamp}.csv"`)
        .send(toCsv(CSV_COLUMNS, lines()));
    },
  );
};
