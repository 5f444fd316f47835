import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** SQL for tension assessments. The table is append-only: "current" means "not superseded". */

const NO_COMMUNITY = '00000000-0000-0000-0000-000000000000';

function summaries(trx: Trx) {
  return trx
    .selectFrom('tension_assessments as t')
    .innerJoin('areas as a', 'a.id', 't.area_id')
    .leftJoin('communities as c', 'c.id', 't.community_id')
    .innerJoin('users as u', 'u.id', 't.assessed_by')
    .leftJoin('tension_assessments as next', 'next.supersedes', 't.id')
    .select([
      't.id',
      't.force_id',
      't.area_id',
      'a.name as area_name',
      'a.parent_id as area_parent_id',
      't.community_id',
      'c.name as community_name',
      't.level',
      't.trend',
      't.summary',
      't.key_triggers',
      't.actions',
      't.partners_informed',
      't.next_review_at',
      't.supersedes',
      't.assessed_at',
      'u.name as assessed_by_name',
      'next.id as superseded_by',
    ]);
}
export type AssessmentRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export function listAssessments(trx: Trx, filter: { areaId?: string; communityId?: string; history: boolean; since?: Date }): Promise<AssessmentRow[]> {
  let query = summaries(trx);
  if (!filter.history) {
    query = query.where('next.id', 'is', null);
  }
  if (filter.areaId) {
    const areaId = filter.areaId;
    query = query.where((eb) => eb.or([eb('t.area_id', '=', areaId), eb('a.parent_id', '=', areaId)]));
  }
  if (filter.communityId) {
    query = query.where('t.community_id', '=', filter.communityId);
  }
  if (filter.since) {
    query = query.where('t.assessed_at', '>=', filter.since);
  }
  return query.orderBy('t.assessed_at', 'desc').limit(500).execute();
}

export function findAssessment(trx: Trx, id: string): Promise<AssessmentRow | undefined> {
  return summaries(trx).where('t.id', '=', id).executeTakeFirst();
}

/** The assessment now in force for an area and community (null: the whole area), if any. */
export async function currentFor(trx: Trx, areaId: string, communityId: string | null): Promise<{ id: string } | undefined> {
  return trx
    .selectFrom('tension_assessments as t')
    .select('t.id')
    .where('t.area_id', '=', areaId)
    .where(sql<string>`coalesce(t.community_id, ${NO_COMMUNITY}::uuid)`, '=', communityId ?? NO_COMMUNITY)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('tension_assessments as n').select('n.id').whereRef('n.supersedes', '=', 't.id'))))
    .executeTakeFirst();
}

export function listEvidence(trx: Trx, assessmentId: string) {
  return trx
    .selectFrom('tension_evidence as e')
    .leftJoin('reports as r', 'r.id', 'e.report_id')
    .leftJoin('tension_signals as s', 's.id', 'e.signal_id')
    .select(['e.id', 'e.category', 'e.description', 'e.source', 'e.reliability', 'e.observed_on', 'e.report_id', 'e.signal_id', 'r.reference as report_reference', 's.reason as signal_reason'])
    .where('e.assessment_id', '=', assessmentId)
    .orderBy('e.position')
    .execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof listEvidence>>[number];

export async function insertAssessment(
  trx: Trx,
  row: {
    force_id: string;
    area_id: string;
    community_id: string | null;
    level: string;
    trend: 'rising' | 'stable' | 'falling';
    summary: string;
    key_triggers: string[];
    actions: string;
    partners_informed: string[];
    next_review_at: Date;
    supersedes: string | null;
    assessed_by: string;
  },
): Promise<string> {
  return (await trx.insertInto('tension_assessments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertEvidence(
  trx: Trx,
  rows: {
    force_id: string;
    assessment_id: string;
    position: number;
    category: 'experienced' | 'evidenced' | 'potential';
    description: string;
    source: string;
    reliability: 'reliable' | 'usually_reliable' | 'untested' | 'unreliable';
    observed_on: string;
    report_id: string | null;
    signal_id: string | null;
  }[],
): Promise<void> {
  if (rows.length > 0) {
    await trx.insertInto('tension_evidence').values(rows).execute();
  }
}

/** Which of these report and signal ids the transaction's force owns (evidence may only cite its own). */
export async function ownedIds(trx: Trx, forceId: string, reportIds: string[], signalIds: string[]) {
  const reports = reportIds.length
    ? await trx.selectFrom('reports').select('id').where('force_id', '=', forceId).where('id', 'in', reportIds).execute()
    : [];
  const signals = signalIds.length
    ? await trx.selectFrom('tension_signals').select('id').where('force_id', '=', forceId).where('id', 'in', signalIds).execute()
    : [];
  return { reports: new Set(reports.map((r) => r.id)), signals: new Set(signals.map((s) => s.id)) };
}

/** Tells every process's browsers of this force that the tension picture changed (after commit). */
export async function notifyTensionChanged(trx: Trx, forceId: string, id: string, change: string): Promise<void> {
  await sql`select pg_notify('cohesion_reports', ${JSON.stringify({ forceId, reportId: id, change, topic: 'tension' })})`.execute(trx);
}
