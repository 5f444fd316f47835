import { sql, type Kysely } from 'kysely';
import { protectForceOwnedTable } from './rls.ts';

/**
 * Community tension (DOMAIN.md §3): communities and their key individuals; tension assessments,
 * append-only (a new one supersedes the last, so the history can be compared); signals raised from
 * report counts; Community Impact Assessments, one row per saved version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table communities (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      name text not null,
      kind text not null check (kind in ('faith', 'ethnicity_or_nationality', 'lgbt', 'disability', 'other')),
      area_id uuid references areas(id),
      description text not null default '',
      created_by uuid references users(id),
      created_at timestamptz not null default now())`.execute(db);
  await sql`create unique index communities_name on communities (force_id, coalesce(area_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`.execute(db);
  await protectForceOwnedTable(db, 'communities', 'tension', 'select, insert, update');

  // Key individual networks: personal data, never shared with other forces by a tension agreement.
  await sql`create table key_individuals (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      community_id uuid not null references communities(id),
      name text not null,
      role text not null,
      phone text not null default '',
      email text not null default '',
      languages text[] not null default '{}',
      notes text not null default '',
      added_by uuid references users(id),
      added_at timestamptz not null default now())`.execute(db);
  await sql`create index key_individuals_community on key_individuals (community_id)`.execute(db);
  await protectForceOwnedTable(db, 'key_individuals', 'key_individuals', 'select, insert, update');

  await sql`create table tension_assessments (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      area_id uuid not null references areas(id),
      community_id uuid references communities(id),
      level text not null,
      trend text not null check (trend in ('rising', 'stable', 'falling')),
      summary text not null,
      key_triggers text[] not null default '{}',
      actions jsonb not null default '[]',
      partners_informed text[] not null default '{}',
      next_review_at timestamptz not null,
      supersedes uuid unique references tension_assessments(id),
      assessed_by uuid not null references users(id),
      assessed_at timestamptz not null default now())`.execute(db);
  // One first assessment per area and community: later ones must name what they supersede, and the
  // unique "supersedes" lets only one of two concurrent authors succeed.
  await sql`create unique index tension_assessments_first on tension_assessments
      (area_id, coalesce(community_id, '00000000-0000-0000-0000-000000000000'::uuid)) where supersedes is null`.execute(db);
  await sql`create index tension_assessments_area on tension_assessments (force_id, area_id, assessed_at desc)`.execute(db);
  await protectForceOwnedTable(db, 'tension_assessments', 'tension', 'select, insert');

  await sql`create table tension_signals (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      area_id uuid references areas(id),
      strand text,
      day date not null,
      level text not null check (level in ('amber', 'red')),
      observed int not null,
      expected double precision not null,
      upper double precision not null,
      ratio double precision not null,
      reason text not null,
      status text not null default 'open' check (status in ('open', 'acknowledged', 'dismissed')),
      status_reason text,
      status_by uuid references users(id),
      status_at timestamptz,
      raised_at timestamptz not null default now(),
      updated_at timestamptz not null default now())`.execute(db);
  await sql`create unique index tension_signals_series_day on tension_signals
      (force_id, coalesce(area_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(strand, ''), day)`.execute(db);
  await sql`create index tension_signals_open on tension_signals (force_id, day desc) where status = 'open'`.execute(db);
  await protectForceOwnedTable(db, 'tension_signals', 'tension', 'select, insert, update');

  await sql`create table tension_evidence (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      assessment_id uuid not null references tension_assessments(id),
      position int not null,
      category text not null check (category in ('experienced', 'evidenced', 'potential')),
      description text not null,
      source text not null,
      reliability text not null check (reliability in ('reliable', 'usually_reliable', 'untested', 'unreliable')),
      observed_on date not null,
      report_id uuid references reports(id),
      signal_id uuid references tension_signals(id))`.execute(db);
  await sql`create index tension_evidence_assessment on tension_evidence (assessment_id, position)`.execute(db);
  await protectForceOwnedTable(db, 'tension_evidence', 'tension', 'select, insert');

  await sql`create table cias (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now())`.execute(db);
  await protectForceOwnedTable(db, 'cias', 'tension', 'select, insert');

  // Every save is a new version; only the sign-off columns of a version can ever change.
  await sql`create table cia_versions (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      cia_id uuid not null references cias(id),
      version int not null,
      title text not null,
      trigger text not null check (trigger in ('operation', 'critical_incident', 'event')),
      reference text not null default '',
      next_review_at timestamptz not null,
      content jsonb not null,
      saved_by uuid not null references users(id),
      saved_at timestamptz not null default now(),
      signed_off_by uuid references users(id),
      signed_off_at timestamptz,
      unique (cia_id, version))`.execute(db);
  await protectForceOwnedTable(db, 'cia_versions', 'tension', 'select, insert, update (signed_off_by, signed_off_at)');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cia_versions', 'cias', 'tension_evidence', 'tension_signals', 'tension_assessments', 'key_individuals', 'communities']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
