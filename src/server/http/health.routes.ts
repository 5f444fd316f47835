import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { HealthResponse } from '../../shared/platform/contract.ts';
import type { DatabaseHandle } from '../db/connect.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ database: DatabaseHandle; version: string; metrics: Registry }> = async (
  app,
  { database, version, metrics },
) => {
  app.get(
    '/api/health',
    { schema: { tags: ['operations'], summary: 'Liveness and database reachability', response: { 200: HealthResponse, 503: HealthResponse } } },
    async (_request, reply) => {
      const base = { database: database.kind, version };
      try {
        await sql`select 1`.execute(database.db);
        return { status: 'ok' as const, ...base };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, ...base, reason: 'the database is not answering' });
      }
    },
  );

  app.get('/metrics', { schema: { tags: ['operations'], summary: 'Prometheus metrics', produces: ['text/plain'] } }, async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.metrics()),
  );
};
