import { sql, type Kysely } from 'kysely';
import { protectForceOwnedTable } from './rls.ts';

/**
 * The durable job queue (docs/operations.md): one row per piece of background work, claimed by
 * one worker at a time with `FOR UPDATE SKIP LOCKED` and held by a lease (`locked_until`) that the
 * worker extends while it runs, so a crashed worker's job is taken up again by another.
 *
 * A job of a force (a force's daily pack, an export of its reports) may carry that force's
 * filters and ids, so the table is force-owned under row-level security like any other: an admin's
 * request reads its own force's jobs only. System jobs (`force_id is null`, e.g. pruning this
 * table) hold no force's data by rule, and every force's admins may read them, which the extra
 * policy below allows. Requests may insert jobs of their own force (enqueueing in the transaction
 * of the change that needs the work); only the system's scope updates or deletes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table jobs (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind ~ '^[a-z][a-z0-9:._-]{0,63}$'),
      payload jsonb not null default '{}',
      force_id uuid references forces(id),
      state text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
      run_at timestamptz not null default now(),
      attempts int not null default 0 check (attempts >= 0),
      max_attempts int not null default 5 check (max_attempts between 1 and 100),
      last_error text check (length(last_error) <= 500),
      locked_by text,
      locked_until timestamptz,
      unique_key text unique check (length(unique_key) <= 200),
      result jsonb check (pg_column_size(result) <= 8192),
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz,
      check ((state = 'running') = (locked_until is not null)))`.execute(db);
  // The claim: the oldest due queued job. Partial, so finished jobs never slow it down.
  await sql`create index jobs_due on jobs (run_at) where state = 'queued'`.execute(db);
  // Reclaiming expired leases, and counting running jobs for /metrics.
  await sql`create index jobs_leases on jobs (locked_until) where state = 'running'`.execute(db);
  // An admin's list (own force or system, newest first), and the failed jobs that need a look.
  await sql`create index jobs_force on jobs (force_id, created_at desc)`.execute(db);
  await sql`create index jobs_failed on jobs (created_at desc) where state = 'failed'`.execute(db);

  await protectForceOwnedTable(db, 'jobs', 'jobs', 'select, insert');
  await sql`create policy jobs_system_read on jobs for select using (force_id is null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table jobs`.execute(db);
}
