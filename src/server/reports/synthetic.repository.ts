import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Trx } from '../db/scope.ts';

/**
 * SQL of the synthetic data generator. Rows go in as one `INSERT … SELECT … FROM unnest(…)` per
 * table and batch: one column array per parameter, so ten thousand reports cost a handful of
 * round trips rather than ten thousand. Everything is written exactly as the application writes it
 * (same columns, same constraints); timestamps travel as ISO strings, lists as arrays of text.
 */

export interface PlaceRow {
  id: string;
  parent_id: string | null;
  level: 'policing_area' | 'neighbourhood';
  code: string;
  name: string;
  boundary: unknown;
}

export function listPlaces(trx: Trx, forceId: string): Promise<PlaceRow[]> {
  return trx
    .selectFrom('areas')
    .select(['id', 'parent_id', 'level', 'code', 'name', 'boundary'])
    .where('force_id', '=', forceId)
    .orderBy('level')
    .orderBy('code')
    .execute();
}

/** Postcodes of the lookup that fall in the force's neighbourhoods (by ward code), in a stable order. */
export async function listPostcodesIn(trx: Trx, wardCodes: string[], limit: number) {
  if (wardCodes.length === 0) {
    return [];
  }
  return trx
    .selectFrom('postcodes')
    .select(['postcode', 'latitude', 'longitude', 'ward_code'])
    .where('ward_code', 'in', wardCodes)
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .orderBy('postcode')
    .limit(limit)
    .execute();
}

export interface StaffRow {
  id: string;
  name: string;
  roles: string[];
}

export function listStaff(trx: Trx, forceId: string): Promise<StaffRow[]> {
  return trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.roles'])
    .where('m.force_id', '=', forceId)
    .where('u.disabled', '=', false)
    .orderBy('u.email')
    .execute();
}

/** The force's reference counters, locked until the seed commits so real reports wait their turn. */
export async function lockCounters(trx: Trx, forceId: string): Promise<{ prefix: string; year: number; last: number }[]> {
  const rows = await trx
    .selectFrom('reference_counters')
    .select(['prefix', 'year', 'last'])
    .where('force_id', '=', forceId)
    .forUpdate()
    .execute();
  return rows.map((r) => ({ prefix: r.prefix, year: Number(r.year), last: Number(r.last) }));
}

/** Moves each counter past the highest serial used, so real reports keep numbering after them. */
/** Turns triggers back on before the audit row goes in (its append-only trigger must hold). */
export async function endBulkLoad(trx: Trx): Promise<void> {
  await sql`set local session_replication_role = origin`.execute(trx);
}

export async function advanceCounters(trx: Trx, forceId: string, counters: { prefix: string; year: number; last: number }[]): Promise<void> {
  if (counters.length === 0) {
    return;
  }
  await trx
    .insertInto('reference_counters')
    .values(counters.map((c) => ({ force_id: forceId, prefix: c.prefix, year: c.year, last: c.last })))
    .onConflict((oc) => oc.columns(['force_id', 'prefix', 'year']).doUpdateSet({ last: sql`greatest(reference_counters.last, excluded.last)` }))
    .execute();
}

/**
 * For this transaction only: a larger GIN pending list and more memory to merge it, so the full-text
 * and trigram indexes take new rows in large runs rather than a merge every few hundred rows; and,
 * where the connection may (a superuser: always on PGlite), the bulk loader's usual step of
 * `pg_restore --disable-triggers`: foreign-key triggers off, about twenty checks per report saved.
 * Every reference the generator writes is to a row it just read or just wrote (the test checks them
 * all); check constraints, NOT NULL and unique indexes still apply. Returns whether triggers are off.
 */
export async function prepareBulkLoad(trx: Trx): Promise<boolean> {
  await sql`select set_config('work_mem', '256MB', true), set_config('gin_pending_list_limit', '65536', true)`.execute(trx);
  const role = await sql<{ super: boolean }>`select rolsuper as super from pg_roles where rolname = current_user`.execute(trx);
  if (role.rows[0]?.super) {
    await sql`set local session_replication_role = replica`.execute(trx);
    return true;
  }
  return false;
}

type Cell = string | number | boolean | null;
type Columns = Record<string, Cell[]>;

/** `unnest($1::type[], $2::type[], …)` over column arrays of equal length. */
function unnest(columns: Columns, types: Record<string, string>): RawBuilder<unknown> {
  const names = Object.keys(types);
  const args = names.map((name) => sql`${sql.val(columns[name] ?? [])}::${sql.raw(types[name] ?? 'text')}[]`);
  return sql`unnest(${sql.join(args)}) as t(${sql.join(names.map((n) => sql.id(n)))})`;
}

async function insertRows(trx: Trx, table: string, columns: Columns, types: Record<string, string>, expressions: Record<string, string> = {}) {
  const length = Object.values(columns)[0]?.length ?? 0;
  if (length === 0) {
    return;
  }
  const names = Object.keys(types);
  const selected = names.map((n) => (expressions[n] ? sql.raw(expressions[n]) : sql.ref(`t.${n}`)));
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.id(n)))})
            select ${sql.join(selected)} from ${unnest(columns, types)}`.execute(trx);
}

export const REPORT_COLUMNS = {
  id: 'uuid',
  force_id: 'uuid',
  reference: 'text',
  kind: 'text',
  channel: 'text',
  status: 'text',
  description: 'text',
  language: 'text',
  language_detected: 'boolean',
  translation: 'text',
  needs_interpreter: 'boolean',
  occurred_at: 'timestamptz',
  occurred_approximate: 'boolean',
  occurred_note: 'text',
  ongoing: 'boolean',
  strands: 'text',
  perceived_religion: 'text',
  online: 'boolean',
  online_platform: 'text',
  location_postcode: 'text',
  location_latitude: 'float8',
  location_longitude: 'float8',
  location_description: 'text',
  area_id: 'uuid',
  neighbourhood_id: 'uuid',
  offender_description: 'text',
  witnesses: 'text',
  reporter_role: 'text',
  organisation: 'text',
  anonymous: 'boolean',
  grade: 'text',
  attendance_due_at: 'timestamptz',
  assigned_user_id: 'uuid',
  assigned_team: 'text',
  crime_number: 'text',
  recording_decision: 'text',
  offence_group: 'text',
  recording_decided_at: 'timestamptz',
  closure_reason: 'text',
  closed_at: 'timestamptz',
  secret_hash: 'text',
  submitted_by: 'uuid',
  partner_organisation: 'text',
  received_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;
export type ReportColumn = keyof typeof REPORT_COLUMNS;

/** Strands travel as comma-separated text: unnest would flatten an array of arrays. */
export function insertReports(trx: Trx, columns: Record<ReportColumn, Cell[]>): Promise<void> {
  return insertRows(trx, 'reports', columns, REPORT_COLUMNS, { strands: `coalesce(string_to_array(nullif(t.strands, ''), ','), '{}')` });
}

export const CONTACT_COLUMNS = {
  report_id: 'uuid',
  force_id: 'uuid',
  name: 'text',
  email: 'text',
  phone: 'text',
  preferred_method: 'text',
  language: 'text',
  needs_interpreter: 'boolean',
} as const;

export function insertContacts(trx: Trx, columns: Record<keyof typeof CONTACT_COLUMNS, Cell[]>): Promise<void> {
  return insertRows(trx, 'report_contacts', columns, CONTACT_COLUMNS);
}

export const EVENT_COLUMNS = { force_id: 'uuid', report_id: 'uuid', at: 'timestamptz', actor_user_id: 'uuid', actor_name: 'text', kind: 'text', details: 'jsonb' } as const;

export function insertEvents(trx: Trx, columns: Record<keyof typeof EVENT_COLUMNS, Cell[]>): Promise<void> {
  return insertRows(trx, 'report_events', columns, EVENT_COLUMNS);
}

export const THRIVE_COLUMNS = {
  force_id: 'uuid',
  report_id: 'uuid',
  elements: 'jsonb',
  grade: 'text',
  attendance_due_at: 'timestamptz',
  rationale: 'text',
  assessed_by: 'uuid',
  assessed_at: 'timestamptz',
} as const;

export function insertThrive(trx: Trx, columns: Record<keyof typeof THRIVE_COLUMNS, Cell[]>): Promise<void> {
  return insertRows(trx, 'thrive_assessments', columns, THRIVE_COLUMNS);
}

export const DECISION_COLUMNS = {
  force_id: 'uuid',
  report_id: 'uuid',
  decision: 'text',
  crime_number: 'text',
  rationale: 'text',
  decided_by: 'uuid',
  decided_at: 'timestamptz',
} as const;

export function insertDecisions(trx: Trx, columns: Record<keyof typeof DECISION_COLUMNS, Cell[]>): Promise<void> {
  return insertRows(trx, 'recording_decisions', columns, DECISION_COLUMNS);
}

export const REVIEW_COLUMNS = { force_id: 'uuid', report_id: 'uuid', checklist: 'jsonb', outcome: 'text', reviewed_by: 'uuid', reviewed_at: 'timestamptz' } as const;

export function insertReviews(trx: Trx, columns: Record<keyof typeof REVIEW_COLUMNS, Cell[]>): Promise<void> {
  return insertRows(trx, 'compliance_reviews', columns, REVIEW_COLUMNS);
}

/**
 * A bulk load leaves the planner with stale statistics and the visibility map empty; a database
 * that grew to this size would have been vacuumed and analysed long since (and embedded PGlite has
 * no autovacuum at all). Runs outside any transaction, as VACUUM must.
 */
export async function vacuumAnalyse(db: Db): Promise<void> {
  for (const table of ['reports', 'report_contacts', 'report_events', 'thrive_assessments', 'recording_decisions', 'compliance_reviews', 'reference_counters']) {
    await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
  }
}
