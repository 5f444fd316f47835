import { sql, type Kysely } from 'kysely';
import { protectForceOwnedTable } from './rls.ts';

/** Photos and screenshots sent with a report: kept in the database, with the report's protection. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table report_photos (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      report_id uuid not null references reports(id),
      content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
      size_bytes int not null check (size_bytes between 1 and 5242880),
      sha256 text not null,
      bytes bytea not null,
      uploaded_at timestamptz not null default now(),
      unique (report_id, sha256))`.execute(db);
  await sql`create index report_photos_report on report_photos (report_id, uploaded_at)`.execute(db);
  await protectForceOwnedTable(db, 'report_photos', 'reports', 'select, insert');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table report_photos`.execute(db);
}
