import { sql } from 'kysely';
import type { TestApp } from './harness.ts';

/** One hand-built report, written straight into the table so its times and decisions are exact. */
export interface FixtureReport {
  force: string;
  kind?: 'hate_crime' | 'hate_incident' | 'concern';
  strands: string[];
  areaId?: string | null;
  /** When it was received (ISO 8601). */
  at: string;
  decision?: 'crime' | 'nchi' | 'no_record';
  /** When the recording decision was made; defaults to an hour after `at`. */
  decidedAt?: string;
  offenceGroup?: string;
  religion?: string;
  online?: boolean;
  exercise?: boolean;
  closed?: { reason: string; at: string };
}

let serial = 0;

/** Inserts a report as the system would store it; returns its id. */
export async function addReport(test: TestApp, r: FixtureReport): Promise<string> {
  const reference = `${r.force}-FX-${serial++}`;
  const decidedAt = r.decision ? (r.decidedAt ?? new Date(new Date(r.at).getTime() + 3_600_000).toISOString()) : null;
  const result = await sql<{ id: string }>`
    insert into reports (force_id, reference, kind, channel, status, description, language, language_detected, occurred_at,
                         strands, perceived_religion, online, area_id, reporter_role, anonymous, secret_hash, received_at,
                         recording_decision, recording_decided_at, crime_number, offence_group, exercise, closure_reason, closed_at)
    select f.id, ${reference}, ${r.kind ?? 'hate_crime'}, 'call', ${r.closed ? 'closed' : 'new'}, 'A hand-built report for the returns tests.', 'en', false,
           ${r.at}::timestamptz, ${`{${r.strands.join(',')}}`}::text[], ${r.religion ?? null}, ${r.online ?? false}, ${r.areaId ?? null}::uuid,
           'victim', true, 'x', ${r.at}::timestamptz, ${r.decision ?? null}, ${decidedAt}::timestamptz,
           ${r.decision === 'crime' ? `CR/${serial}` : null}, ${r.offenceGroup ?? null}, ${r.exercise ?? false},
           ${r.closed?.reason ?? null}, ${r.closed?.at ?? null}::timestamptz
      from forces f where f.code = ${r.force}
    returning id`.execute(test.database.db);
  const id = result.rows[0]?.id;
  if (!id) {
    throw new Error(`no force ${r.force}`);
  }
  return id;
}

/** Links two reports as staff do: stored once per pair, smaller id first. */
export async function linkReports(test: TestApp, a: string, b: string, kind: string, options: { removed?: boolean } = {}): Promise<void> {
  const [first, second] = a < b ? [a, b] : [b, a];
  await sql`
    insert into report_links (force_id, report_id, other_report_id, kind, removed_at)
    select force_id, ${first}, ${second}, ${kind}, ${options.removed ? new Date().toISOString() : null}::timestamptz from reports where id = ${first}`.execute(test.database.db);
}

/** The id of a user, found by email (for reviewers and assessors). */
export async function userId(test: TestApp, email: string): Promise<string> {
  return (await test.database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}
