import { sql, type Insertable } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { ReportContactsTable, ReportRow, ReportsTable } from '../db/schema.ts';

/** The next number in a per-force, per-year series; the row lock serialises concurrent callers. */
export async function nextReferenceNumber(trx: Trx, forceId: string, prefix: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('reference_counters')
    .values({ force_id: forceId, prefix, year, last: 1 })
    .onConflict((oc) => oc.columns(['force_id', 'prefix', 'year']).doUpdateSet({ last: sql`reference_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(row.last);
}

export function insertReport(trx: Trx, values: Insertable<ReportsTable>): Promise<ReportRow> {
  return trx.insertInto('reports').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertContact(trx: Trx, values: Insertable<ReportContactsTable>): Promise<void> {
  await trx.insertInto('report_contacts').values(values).execute();
}

export async function insertEvent(
  trx: Trx,
  event: { forceId: string; reportId: string; actorUserId: string | null; actorName: string; kind: string; details?: Record<string, unknown> },
): Promise<void> {
  await trx
    .insertInto('report_events')
    .values({
      force_id: event.forceId,
      report_id: event.reportId,
      actor_user_id: event.actorUserId,
      actor_name: event.actorName,
      kind: event.kind,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

export function findReportByReference(trx: Trx, reference: string): Promise<ReportRow | undefined> {
  return trx.selectFrom('reports').selectAll().where('reference', '=', reference).executeTakeFirst();
}

export async function findIdempotentResponse(trx: Trx, forceId: string, key: string): Promise<{ request_hash: string; response: unknown } | undefined> {
  // A day is long enough for any retry; older keys are swept here rather than by a job.
  await trx.deleteFrom('idempotent_submissions').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
  return trx
    .selectFrom('idempotent_submissions')
    .select(['request_hash', 'response'])
    .where('force_id', '=', forceId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function saveIdempotentResponse(trx: Trx, forceId: string, key: string, requestHash: string, response: unknown): Promise<void> {
  await trx
    .insertInto('idempotent_submissions')
    .values({ force_id: forceId, key, request_hash: requestHash, response: JSON.stringify(response) })
    .execute();
}

/** Tells other processes (and their live queues) that a report arrived or changed. */
export async function notifyReportChanged(trx: Trx, forceId: string, reportId: string, change: string): Promise<void> {
  await sql`select pg_notify('cohesion_reports', ${JSON.stringify({ forceId, reportId, change })})`.execute(trx);
}

export async function countPhotos(trx: Trx, reportId: string): Promise<number> {
  const row = await trx.selectFrom('report_photos').select((eb) => eb.fn.countAll<number>().as('n')).where('report_id', '=', reportId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores a photo; the same image sent twice (a retry) is kept once. */
export async function insertPhoto(
  trx: Trx,
  photo: { forceId: string; reportId: string; contentType: 'image/jpeg' | 'image/png' | 'image/webp'; bytes: Buffer; sha256: string },
): Promise<string> {
  const existing = await trx.selectFrom('report_photos').select('id').where('report_id', '=', photo.reportId).where('sha256', '=', photo.sha256).executeTakeFirst();
  if (existing) {
    return existing.id;
  }
  const row = await trx
    .insertInto('report_photos')
    .values({ force_id: photo.forceId, report_id: photo.reportId, content_type: photo.contentType, size_bytes: photo.bytes.length, sha256: photo.sha256, bytes: photo.bytes })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
