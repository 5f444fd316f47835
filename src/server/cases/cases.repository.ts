import { sql, type Updateable } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { ReportRow, ReportsTable } from '../db/schema.ts';

/** The report, locked for the rest of the transaction so two supervisors cannot act on stale state. */
export function lockReport(trx: Trx, id: string): Promise<ReportRow | undefined> {
  return trx.selectFrom('reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findReport(trx: Trx, id: string): Promise<ReportRow | undefined> {
  return trx.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateReport(trx: Trx, id: string, values: Updateable<ReportsTable>): Promise<void> {
  await trx.updateTable('reports').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

export interface QueueRow {
  id: string;
  reference: string;
  kind: ReportRow['kind'];
  channel: ReportRow['channel'];
  status: ReportRow['status'];
  strands: string[];
  grade: string | null;
  received_at: Date;
  attendance_due_at: Date | null;
  recording_decision: ReportRow['recording_decision'];
  area_name: string | null;
  assigned_user_id: string | null;
  assigned_name: string | null;
  assigned_team: string | null;
  language: string;
  needs_interpreter: boolean;
  summary: string;
}

function queueSelect(trx: Trx) {
  return trx
    .selectFrom('reports as r')
    .leftJoin('areas as a', 'a.id', 'r.area_id')
    .leftJoin('users as u', 'u.id', 'r.assigned_user_id')
    .select([
      'r.id',
      'r.reference',
      'r.kind',
      'r.channel',
      'r.status',
      'r.strands',
      'r.grade',
      'r.received_at',
      'r.attendance_due_at',
      'r.recording_decision',
      'a.name as area_name',
      'r.assigned_user_id',
      'u.name as assigned_name',
      'r.assigned_team',
      'r.language',
      'r.needs_interpreter',
      sql<string>`left(r.description, 140)`.as('summary'),
    ]);
}

/**
 * The flagged queue (seed 002 §9): every open hate crime and hate incident of the force, the
 * ungraded first, then by the force's grade order, then oldest first. One query per grade, each an
 * ordered walk of the open-queue index (force, grade, received_at), stopping once the page is full:
 * a single query sorted by the grade's position had to sort every open report (76 ms at a million).
 */
export async function listQueue(trx: Trx, forceId: string, gradeOrder: string[], limit = 1000): Promise<QueueRow[]> {
  const open = () => queueSelect(trx).where('r.force_id', '=', forceId).where('r.status', '<>', 'closed').where('r.kind', 'in', ['hate_crime', 'hate_incident']);
  const buckets = [
    open().where('r.grade', 'is', null),
    ...gradeOrder.map((grade) => open().where('r.grade', '=', grade)),
    // Grades the force has since removed from its settings come last, as they always did.
    gradeOrder.length ? open().where('r.grade', 'not in', gradeOrder) : open().where('r.grade', 'is not', null),
  ];
  const rows: QueueRow[] = [];
  for (const bucket of buckets) {
    if (rows.length >= limit) {
      break;
    }
    rows.push(...(await bucket.orderBy('r.received_at').limit(limit - rows.length).execute()));
  }
  return rows;
}

export interface ListFilters {
  q?: string;
  status?: string;
  kind?: string;
  strand?: string;
  areaId?: string;
  from?: string;
  to?: string;
  before?: { receivedAt: Date; id: string };
  limit: number;
}

/** Search and filters, newest first, keyset-paged on (received_at, id) so deep pages stay fast. */
export function listReports(trx: Trx, forceId: string, f: ListFilters): Promise<QueueRow[]> {
  let q = queueSelect(trx).where('r.force_id', '=', forceId);
  if (f.q) {
    q = q.where(sql<boolean>`r.search @@ websearch_to_tsquery('simple', ${f.q})`);
  }
  if (f.status === 'open') {
    q = q.where('r.status', '<>', 'closed');
  } else if (f.status) {
    q = q.where('r.status', '=', f.status as ReportRow['status']);
  }
  if (f.kind) {
    q = q.where('r.kind', '=', f.kind as ReportRow['kind']);
  }
  if (f.strand) {
    q = q.where(sql<boolean>`${f.strand} = any(r.strands)`);
  }
  if (f.areaId) {
    q = q.where('r.area_id', '=', f.areaId);
  }
  if (f.from) {
    q = q.where('r.received_at', '>=', new Date(f.from));
  }
  if (f.to) {
    q = q.where('r.received_at', '<', new Date(f.to));
  }
  if (f.before) {
    q = q.where(sql<boolean>`(r.received_at, r.id) < (${f.before.receivedAt}, ${f.before.id})`);
  }
  return q.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(f.limit).execute();
}

export function listEvents(trx: Trx, reportId: string) {
  return trx.selectFrom('report_events').select(['at', 'actor_name', 'kind', 'details']).where('report_id', '=', reportId).orderBy('id').execute();
}

export function listThrive(trx: Trx, reportId: string) {
  return trx
    .selectFrom('thrive_assessments as t')
    .innerJoin('users as u', 'u.id', 't.assessed_by')
    .select(['t.id', 't.elements', 't.grade', 't.attendance_due_at', 't.rationale', 'u.name as assessed_by', 't.assessed_at'])
    .where('t.report_id', '=', reportId)
    .orderBy('t.assessed_at', 'desc')
    .execute();
}

export function listComplianceReviews(trx: Trx, reportId: string) {
  return trx
    .selectFrom('compliance_reviews as c')
    .innerJoin('users as u', 'u.id', 'c.reviewed_by')
    .select(['c.outcome', 'c.checklist', 'c.notes', 'u.name as reviewed_by', 'c.reviewed_at'])
    .where('c.report_id', '=', reportId)
    .orderBy('c.reviewed_at', 'desc')
    .execute();
}

export function findContact(trx: Trx, reportId: string) {
  return trx.selectFrom('report_contacts').selectAll().where('report_id', '=', reportId).executeTakeFirst();
}

export function findPlaceNames(trx: Trx, ids: (string | null)[]) {
  const wanted = ids.filter((id): id is string => id !== null);
  return wanted.length === 0
    ? Promise.resolve([])
    : trx.selectFrom('areas').select(['id', 'name']).where('id', 'in', wanted).execute();
}

export function findUserName(trx: Trx, userId: string) {
  return trx.selectFrom('users').select(['id', 'name']).where('id', '=', userId).executeTakeFirst();
}

export function findForce(trx: Trx, forceId: string) {
  return trx.selectFrom('forces').select(['id', 'code']).where('id', '=', forceId).executeTakeFirstOrThrow();
}

/** Queue rows for the given reports, oldest first. */
export function listByIds(trx: Trx, ids: string[]): Promise<QueueRow[]> {
  return queueSelect(trx).where('r.id', 'in', ids).orderBy('r.received_at').execute();
}

export function listSubmittedBy(trx: Trx, userId: string) {
  return trx
    .selectFrom('reports')
    .selectAll()
    .where('submitted_by', '=', userId)
    .orderBy('received_at', 'desc')
    .limit(200)
    .execute();
}

export function listPhotos(trx: Trx, reportId: string) {
  return trx.selectFrom('report_photos').select(['id', 'content_type', 'size_bytes', 'uploaded_at']).where('report_id', '=', reportId).orderBy('uploaded_at').execute();
}

export function findPhoto(trx: Trx, reportId: string, photoId: string) {
  return trx.selectFrom('report_photos').select(['id', 'content_type', 'bytes']).where('report_id', '=', reportId).where('id', '=', photoId).executeTakeFirst();
}
