import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { ForceSettings } from '../../shared/platform/settings.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { sessionOf } from '../http/request-context.ts';
import { settingsOf } from './settings.service.ts';

/** The force's working settings (grades, clocks, checklist, NCHI recording), for any member of staff. */
export const settingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/settings',
    { schema: { tags: ['platform'], summary: 'The signed-in force’s settings: call grades, clocks, checklist, NCHI recording', response: { 200: ForceSettings, 401: ProblemDocument } } },
    async (request) => {
      const { actor } = sessionOf(request);
      return inForceScope(db, { forceIds: [actor.forceId] }, (trx) => settingsOf(trx, actor.forceId));
    },
  );
};
