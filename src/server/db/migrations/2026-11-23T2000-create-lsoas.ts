import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from './rls.ts';

/**
 * For the data.police.uk street-level crime export (docs/street-crime-export.md):
 * - `lsoas`: the ONS Lower Layer Super Output Areas, national public reference data like
 *   `postcodes` (no force owns them, so no row-level security). `bbox` with a GiST index lets a
 *   page of crimes find its candidate LSOAs without reading every boundary; `point_*` is the
 *   LSOA's anonymous map point, computed once at import.
 * - `installation_secrets`: secrets of this installation that must outlive processes and restarts,
 *   such as the key that turns a report into its published Crime ID.
 * - an index to find a month's first "crime" recording decisions of a force.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table lsoas (
      code text primary key check (code ~ '^[EW]01[0-9]{6}$'),
      name text not null check (length(name) between 1 and 200),
      boundary jsonb not null,
      bbox box not null,
      point_latitude double precision not null,
      point_longitude double precision not null)`.execute(db);
  await sql`create index lsoas_bbox on lsoas using gist (bbox)`.execute(db);
  await sql`grant select on lsoas to ${sql.id(APP_ROLE)}`.execute(db);

  // Generated here, once, from PostgreSQL's strong random source (two UUIDv4s: 244 random bits),
  // so every process of the installation, and every restore of its backup, hashes alike.
  await sql`create table installation_secrets (
      name text primary key,
      secret text not null check (length(secret) >= 32),
      created_at timestamptz not null default now())`.execute(db);
  await sql`insert into installation_secrets (name, secret) values ('street_crime_id',
      encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))`.execute(db);
  await sql`grant select on installation_secrets to ${sql.id(APP_ROLE)}`.execute(db);

  await sql`create index recording_decisions_crime_at on recording_decisions (force_id, decided_at) where decision = 'crime'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index recording_decisions_crime_at`.execute(db);
  await sql`drop table installation_secrets`.execute(db);
  await sql`drop table lsoas`.execute(db);
}
