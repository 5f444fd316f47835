import type { z } from 'zod';
import type { ForceSettings } from '../../shared/platform/settings.ts';
import type { AssessmentRequest, AssessmentsQuery } from '../../shared/tension/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import { conflict, notFound, validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import { assessmentChanges, type ComparableAssessment } from './assessment-changes.ts';
import * as repo from './assessments.repository.ts';
import * as communities from './communities.repository.ts';
import { actionsOf, levelOf, presentAssessment, presentAssessmentSummary } from './tension.presenter.ts';

const DAY = 86_400_000;

/**
 * Tension assessments per area (and optionally one community in it), on the force's own scale with
 * EEP evidence. Append-only: a new assessment supersedes the current one, so yesterday's stays
 * readable and comparable. Two commanders assessing at once cannot overwrite each other unseen.
 */
export function createAssessmentsService(deps: { db: Db }) {
  const scope = (actor: Actor) => ({ forceIds: [actor.forceId] });

  async function detail(trx: Trx, row: repo.AssessmentRow, settings: ForceSettings) {
    const evidence = await repo.listEvidence(trx, row.id);
    const previousRow = row.supersedes ? await repo.findAssessment(trx, row.supersedes) : undefined;
    const comparable = async (r: repo.AssessmentRow, e: repo.EvidenceRow[]): Promise<ComparableAssessment> => ({
      levelLabel: levelOf(settings.tensionScale, r.level).label,
      trend: r.trend,
      summary: r.summary,
      keyTriggers: r.key_triggers,
      actions: actionsOf(r),
      partnersInformed: r.partners_informed,
      nextReviewAt: r.next_review_at.toISOString(),
      evidence: e,
    });
    const before = previousRow ? await comparable(previousRow, await repo.listEvidence(trx, previousRow.id)) : null;
    const changes = assessmentChanges(before, await comparable(row, evidence));
    return presentAssessment(row, evidence, settings.tensionScale, changes);
  }

  function list(actor: Actor, query: z.output<typeof AssessmentsQuery>) {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const settings = await settingsOf(trx, actor.forceId);
      const rows = await repo.listAssessments(trx, { areaId: query.areaId, communityId: query.communityId, history: query.history === 'true' });
      return { scale: settings.tensionScale, items: rows.filter((r) => r.force_id === actor.forceId).map((r) => presentAssessmentSummary(r, settings.tensionScale)) };
    });
  }

  function get(actor: Actor, id: string) {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const row = await repo.findAssessment(trx, id);
      if (!row || row.force_id !== actor.forceId) {
        throw notFound('tension assessment');
      }
      return detail(trx, row, await settingsOf(trx, actor.forceId));
    });
  }

  /**
   * Every current assessment of a force with its evidence, actions and triggers, for services (the
   * Community Tension Summary) that have checked their own permission. `policingAreaId` is the area
   * itself or, for a neighbourhood, its policing area; `changes` are left empty (not computed).
   */
  function currentOf(forceId: string) {
    return inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      const settings = await settingsOf(trx, forceId);
      const rows = (await repo.listAssessments(trx, { history: false })).filter((r) => r.force_id === forceId);
      const unchanged = { fields: [], evidenceAdded: [], evidenceRemoved: [] };
      const items = [];
      for (const row of rows) {
        const evidence = await repo.listEvidence(trx, row.id);
        items.push({ ...presentAssessment(row, evidence, settings.tensionScale, unchanged), policingAreaId: row.area_parent_id ?? row.area_id });
      }
      return { scale: settings.tensionScale, items };
    });
  }

  async function checkReferences(trx: Trx, actor: Actor, input: z.output<typeof AssessmentRequest>, settings: ForceSettings): Promise<void> {
    const problems: FieldProblem[] = [];
    const area = await communities.findArea(trx, input.areaId);
    if (area?.force_id !== actor.forceId) {
      problems.push({ field: 'areaId', message: 'is not an area of this force' });
    }
    if (input.communityId) {
      const community = await communities.findCommunity(trx, input.communityId);
      if (community?.force_id !== actor.forceId) {
        problems.push({ field: 'communityId', message: 'is not a community of this force' });
      } else if (community.area_id && community.area_id !== input.areaId && community.area_id !== area?.parent_id) {
        problems.push({ field: 'communityId', message: 'belongs to another area' });
      }
    }
    if (!settings.tensionScale.some((l) => l.key === input.level)) {
      problems.push({ field: 'level', message: `must be one of ${settings.tensionScale.map((l) => l.key).join(', ')}` });
    }
    const owned = await repo.ownedIds(
      trx,
      actor.forceId,
      input.evidence.flatMap((e) => (e.reportId ? [e.reportId] : [])),
      input.evidence.flatMap((e) => (e.signalId ? [e.signalId] : [])),
    );
    input.evidence.forEach((e, i) => {
      if (e.reportId && !owned.reports.has(e.reportId)) {
        problems.push({ field: `evidence.${i}.reportId`, message: 'is not a report of this force' });
      }
      if (e.signalId && !owned.signals.has(e.signalId)) {
        problems.push({ field: `evidence.${i}.signalId`, message: 'is not a signal of this force' });
      }
    });
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
  }

  function create(actor: Actor, input: z.output<typeof AssessmentRequest>) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const settings = await settingsOf(trx, actor.forceId);
      await checkReferences(trx, actor, input, settings);
      const current = await repo.currentFor(trx, input.areaId, input.communityId);
      if ((current?.id ?? null) !== input.supersedes) {
        throw conflict('a newer assessment of this area has been recorded since you started: read it, then assess again');
      }
      const nextReviewAt = input.nextReviewAt ? new Date(input.nextReviewAt) : new Date(Date.now() + settings.tensionReviewDays.routine * DAY);
      const id = await insertOnce(() =>
        repo.insertAssessment(trx, {
          force_id: actor.forceId,
          area_id: input.areaId,
          community_id: input.communityId,
          level: input.level,
          trend: input.trend,
          summary: input.summary,
          key_triggers: input.keyTriggers,
          actions: JSON.stringify(input.actions),
          partners_informed: input.partnersInformed,
          next_review_at: nextReviewAt,
          supersedes: current?.id ?? null,
          assessed_by: actor.userId,
        }),
      );
      await repo.insertEvidence(
        trx,
        input.evidence.map((e, position) => ({
          force_id: actor.forceId,
          assessment_id: id,
          position,
          category: e.category,
          description: e.description,
          source: e.source,
          reliability: e.reliability,
          observed_on: e.observedOn,
          report_id: e.reportId,
          signal_id: e.signalId,
        })),
      );
      await recordAudit(trx, actor, {
        action: 'tension_assessment.recorded',
        recordType: 'tension_assessment',
        recordId: id,
        details: { areaId: input.areaId, communityId: input.communityId, level: input.level, supersedes: current?.id ?? null, evidence: input.evidence.length },
      });
      await repo.notifyTensionChanged(trx, actor.forceId, id, 'assessment_recorded');
      const row = await repo.findAssessment(trx, id);
      if (!row) {
        throw notFound('tension assessment');
      }
      return detail(trx, row, settings);
    });
  }

  return { list, get, currentOf, create };
}

/**
 * A concurrent author who superseded the same assessment first wins (the unique `supersedes`); the
 * other's transaction rolls back with a 409, not a 500.
 */
async function insertOnce(insert: () => Promise<string>): Promise<string> {
  try {
    return await insert();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw conflict('a newer assessment of this area has been recorded since you started: read it, then assess again');
    }
    throw error;
  }
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
