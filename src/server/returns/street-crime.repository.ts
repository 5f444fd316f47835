import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { ReportStatus } from '../db/schema.ts';

/** What the export needs of a recorded crime; never its description, people or exact words. */
export interface StreetCrimeRow {
  id: string;
  status: ReportStatus;
  closure_reason: string | null;
  offence_group: string | null;
  location_latitude: number | null;
  location_longitude: number | null;
  location_postcode: string | null;
}

export interface MonthRange {
  forceId: string;
  from: Date;
  to: Date;
}

/** Which crimes may be published at all: the force's own (not a partner's it may read), live, not duplicates. */
const publishable = (forceId: string) => sql`r.force_id = ${forceId}
         and r.recording_decision = 'crime'
         and not r.exercise
         and r.closure_reason is distinct from 'duplicate'`;

/**
 * The ids of the force's crimes recorded in [from, to), in recording order: a report belongs to the
 * month of its first "crime" recording decision, and only while its current decision is still
 * "crime". The force is named explicitly: row-level security would also let through crimes a
 * partner force shares with us, which are not ours to publish. A scalar subquery per candidate, not
 * NOT EXISTS, which the planner turns into a scan of every decision ever made.
 */
export async function listMonthCrimeIds(trx: Trx, range: MonthRange): Promise<string[]> {
  const result = await sql<{ id: string }>`
      with candidates as (
        select distinct d.report_id
          from recording_decisions d
         where d.force_id = ${range.forceId} and d.decision = 'crime'
           and d.decided_at >= ${range.from} and d.decided_at < ${range.to}),
      firsts as (
        select c.report_id,
               (select min(e.decided_at) from recording_decisions e
                 where e.report_id = c.report_id and e.decision = 'crime') as recorded_at
          from candidates c)
      select r.id
        from firsts f
        join reports r on r.id = f.report_id
       where f.recorded_at >= ${range.from} and ${publishable(range.forceId)}
       order by f.recorded_at, r.id`.execute(trx);
  return result.rows.map((r) => r.id);
}

/** These crimes as they are now, in the order asked, less any no longer publishable. */
export async function findCrimes(trx: Trx, forceId: string, ids: string[]): Promise<StreetCrimeRow[]> {
  if (ids.length === 0) {
    return [];
  }
  const result = await sql<StreetCrimeRow>`
      select r.id, r.status, r.closure_reason, r.offence_group, r.location_latitude, r.location_longitude, r.location_postcode
        from reports r
       where r.id = any(${ids}::uuid[]) and ${publishable(forceId)}`.execute(trx);
  const order = new Map(ids.map((id, i) => [id, i]));
  return result.rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

export function findForceById(trx: Trx, id: string) {
  return trx.selectFrom('forces').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirst();
}

export function findForceByCode(trx: Trx, code: string) {
  return trx.selectFrom('forces').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

/** A secret of this installation, made once by its migration. */
export async function findInstallationSecret(trx: Trx, name: string): Promise<string | undefined> {
  const row = await trx.selectFrom('installation_secrets').select('secret').where('name', '=', name).executeTakeFirst();
  return row?.secret;
}
