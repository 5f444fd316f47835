import { sql, type Kysely } from 'kysely';
import { APP_ROLE, protectForceOwnedTable } from './rls.ts';

/**
 * Reports and their handling: one kind of record for every channel, its contact details kept
 * apart (personal data), and append-only histories for triage (THRIVE), crime-recording decisions,
 * compliance reviews and every event in the record's life.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table force_settings (
      force_id uuid primary key references forces(id),
      settings jsonb not null,
      updated_at timestamptz not null default now())`.execute(db);
  await protectForceOwnedTable(db, 'force_settings', 'settings', 'select');

  // Per-force, per-year counters for references such as DEMO-HC-2026-000123.
  await sql`create table reference_counters (
      force_id uuid not null references forces(id),
      prefix text not null,
      year int not null,
      last bigint not null,
      primary key (force_id, prefix, year))`.execute(db);
  await protectForceOwnedTable(db, 'reference_counters', 'reports', 'select, insert, update');

  await sql`create table reports (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      reference text not null unique,
      kind text not null check (kind in ('hate_crime', 'hate_incident', 'concern')),
      channel text not null check (channel in ('web', 'partner', 'call', 'open311', 'import')),
      status text not null default 'new'
        check (status in ('new', 'triaged', 'assigned', 'attended', 'under_investigation', 'closed')),
      description text not null,
      language text not null,
      language_detected boolean not null,
      translation text,
      needs_interpreter boolean not null default false,
      occurred_at timestamptz not null,
      occurred_approximate boolean not null default false,
      occurred_note text,
      ongoing boolean not null default false,
      strands text[] not null default '{}',
      perceived_religion text,
      online boolean not null default false,
      online_platform text,
      location_postcode text,
      location_latitude double precision,
      location_longitude double precision,
      location_description text,
      area_id uuid references areas(id),
      neighbourhood_id uuid references areas(id),
      offender_description text,
      witnesses text,
      reporter_role text not null check (reporter_role in ('victim', 'witness', 'on_behalf', 'organisation')),
      organisation text,
      anonymous boolean not null,
      protective_marking text not null default 'OFFICIAL-SENSITIVE'
        check (protective_marking in ('OFFICIAL', 'OFFICIAL-SENSITIVE')),
      grade text,
      attendance_due_at timestamptz,
      assigned_user_id uuid references users(id),
      assigned_team text,
      crime_number text,
      recording_decision text check (recording_decision in ('crime', 'nchi', 'no_record')),
      recording_decided_at timestamptz,
      closure_reason text,
      closed_at timestamptz,
      secret_hash text not null,
      submitted_by uuid references users(id),
      partner_organisation text,
      received_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      search tsvector generated always as (
        to_tsvector('simple', reference || ' ' || description || ' ' || coalesce(translation, '') || ' '
          || coalesce(location_description, '') || ' ' || coalesce(location_postcode, ''))) stored)`.execute(db);
  await sql`create index reports_force_received on reports (force_id, received_at desc)`.execute(db);
  await sql`create index reports_open_queue on reports (force_id, grade, received_at) where status <> 'closed'`.execute(db);
  await sql`create index reports_search on reports using gin (search)`.execute(db);
  await sql`create index reports_description_trgm on reports using gin (description gin_trgm_ops)`.execute(db);
  await sql`create index reports_area on reports (area_id, received_at)`.execute(db);
  await sql`create index reports_assigned on reports (assigned_user_id) where status <> 'closed'`.execute(db);
  await protectForceOwnedTable(db, 'reports', 'reports', 'select, insert, update');

  await sql`create table report_contacts (
      report_id uuid primary key references reports(id),
      force_id uuid not null references forces(id),
      name text not null,
      email text,
      phone text,
      preferred_method text,
      best_times text,
      language text,
      needs_interpreter boolean not null default false,
      needs_text_relay boolean not null default false,
      notes text)`.execute(db);
  await sql`create index report_contacts_email on report_contacts (force_id, lower(email))`.execute(db);
  await sql`create index report_contacts_phone on report_contacts (force_id, phone)`.execute(db);
  await protectForceOwnedTable(db, 'report_contacts', 'report_contacts', 'select, insert, update');

  // Every change to a report, in order: the record's history. Never updated or deleted.
  await sql`create table report_events (
      id bigint generated always as identity primary key,
      force_id uuid not null references forces(id),
      report_id uuid not null references reports(id),
      at timestamptz not null default now(),
      actor_user_id uuid references users(id),
      actor_name text not null,
      kind text not null,
      details jsonb not null default '{}')`.execute(db);
  await sql`create index report_events_report on report_events (report_id, id)`.execute(db);
  await protectForceOwnedTable(db, 'report_events', 'reports', 'select, insert');

  await sql`create table thrive_assessments (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      report_id uuid not null references reports(id),
      elements jsonb not null,
      grade text not null,
      attendance_due_at timestamptz,
      rationale text,
      assessed_by uuid not null references users(id),
      assessed_at timestamptz not null default now())`.execute(db);
  await sql`create index thrive_report on thrive_assessments (report_id, assessed_at desc)`.execute(db);
  await protectForceOwnedTable(db, 'thrive_assessments', 'reports', 'select, insert');

  await sql`create table recording_decisions (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      report_id uuid not null references reports(id),
      decision text not null check (decision in ('crime', 'nchi', 'no_record')),
      crime_number text,
      rationale text not null,
      decided_by uuid not null references users(id),
      decided_at timestamptz not null default now(),
      check (decision <> 'crime' or crime_number is not null))`.execute(db);
  await sql`create index recording_decisions_report on recording_decisions (report_id, decided_at desc)`.execute(db);
  await protectForceOwnedTable(db, 'recording_decisions', 'reports', 'select, insert');

  await sql`create table compliance_reviews (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      report_id uuid not null references reports(id),
      checklist jsonb not null,
      outcome text not null check (outcome in ('compliant', 'returned')),
      notes text,
      reviewed_by uuid not null references users(id),
      reviewed_at timestamptz not null default now())`.execute(db);
  await sql`create index compliance_reviews_report on compliance_reviews (report_id, reviewed_at desc)`.execute(db);
  await protectForceOwnedTable(db, 'compliance_reviews', 'reports', 'select, insert');

  await sql`create table report_links (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      report_id uuid not null references reports(id),
      other_report_id uuid not null references reports(id),
      kind text not null check (kind in ('duplicate', 'repeat_victim', 'repeat_location', 'related')),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      removed_by uuid references users(id),
      removed_at timestamptz,
      check (report_id < other_report_id))`.execute(db);
  await sql`create unique index report_links_pair on report_links (report_id, other_report_id, kind) where removed_at is null`.execute(db);
  await sql`create index report_links_other on report_links (other_report_id)`.execute(db);
  await protectForceOwnedTable(db, 'report_links', 'reports', 'select, insert, update');

  // A public submission's answer, kept a day so a retried request gets the same reference and secret.
  await sql`create table idempotent_submissions (
      force_id uuid not null references forces(id),
      key text not null,
      request_hash text not null,
      response jsonb not null,
      created_at timestamptz not null default now(),
      primary key (force_id, key))`.execute(db);
  await protectForceOwnedTable(db, 'idempotent_submissions', 'reports', 'select, insert, delete');

  await sql`create table open311_keys (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      organisation text not null,
      key_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz)`.execute(db);
  await protectForceOwnedTable(db, 'open311_keys', 'open311_keys', 'select');

  // Postcode → place lookup (ONS Postcode Directory extracts), shared by every force.
  await sql`create table postcodes (
      postcode text primary key,
      latitude double precision,
      longitude double precision,
      lsoa_code text,
      ward_code text,
      district_code text)`.execute(db);
  await sql`grant select on postcodes to ${sql.id(APP_ROLE)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'postcodes',
    'open311_keys',
    'idempotent_submissions',
    'report_links',
    'compliance_reviews',
    'recording_decisions',
    'thrive_assessments',
    'report_events',
    'report_contacts',
    'reports',
    'reference_counters',
    'force_settings',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
