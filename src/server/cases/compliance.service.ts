import type { z } from 'zod';
import type { ComplianceReviewRequest } from '../../shared/cases/contract.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import type { CaseActionsService } from './case-actions.service.ts';
import * as cases from './cases.repository.ts';
import * as figures from './figures.repository.ts';

/**
 * The Force Hate Crime Officer's review of every hate incident (seed 002 §13), against the force's
 * checklist. Any unticked item returns the case to its officer; the result is kept and counted.
 */
export function createComplianceService(deps: { db: Db; actions: CaseActionsService }) {
  async function queue(actor: Actor) {
    requirePermission(actor, 'cases:review_compliance');
    return inForceScope(deps.db, { forceIds: [actor.forceId] }, async (trx) => {
      const settings = await settingsOf(trx, actor.forceId);
      const waiting = (await figures.complianceQueueIds(trx, actor.forceId)).rows;
      const rows = waiting.length ? await cases.listByIds(trx, waiting.map((w) => w.id)) : [];
      const outcome = new Map(waiting.map((w) => [w.id, w.last_outcome]));
      return { settings, rows: rows.map((r) => ({ row: r, lastOutcome: outcome.get(r.id) ?? null })) };
    });
  }

  function review(actor: Actor, reportId: string, input: z.output<typeof ComplianceReviewRequest>) {
    requirePermission(actor, 'cases:review_compliance');
    return deps.actions.act(actor, reportId, () => true, async (trx, report) => {
      const { complianceChecklist } = await settingsOf(trx, report.force_id);
      const keys = complianceChecklist.map((c) => c.key);
      const unknown = Object.keys(input.checklist).filter((k) => !keys.includes(k));
      const missing = keys.filter((k) => !(k in input.checklist));
      if (unknown.length || missing.length) {
        throw validationFailed([
          ...unknown.map((k) => ({ field: `checklist.${k}`, message: 'is not on this force’s checklist' })),
          ...missing.map((k) => ({ field: `checklist.${k}`, message: 'answer every item' })),
        ]);
      }
      const outcome = keys.every((k) => input.checklist[k]) ? 'compliant' : 'returned';
      await trx
        .insertInto('compliance_reviews')
        .values({ force_id: report.force_id, report_id: reportId, checklist: JSON.stringify(input.checklist), outcome, notes: input.notes ?? null, reviewed_by: actor.userId })
        .execute();
      const failed = keys.filter((k) => !input.checklist[k]);
      return { event: outcome === 'compliant' ? 'review_compliant' : 'review_returned', details: { failed, notes: input.notes ?? null } };
    });
  }

  return { queue, review };
}

export type ComplianceService = ReturnType<typeof createComplianceService>;
