import { sql, type Kysely } from 'kysely';
import { protectForceOwnedTable } from './rls.ts';

/** Daily management packs as generated (each morning by the schedule, or on demand), kept as read then. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table daily_packs (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      day date not null,
      content jsonb not null,
      generated_by text not null,
      generated_at timestamptz not null default now())`.execute(db);
  await sql`create index daily_packs_day on daily_packs (force_id, day, generated_at desc)`.execute(db);
  await protectForceOwnedTable(db, 'daily_packs', 'returns', 'select, insert');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table daily_packs`.execute(db);
}
