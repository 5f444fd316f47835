import { sql, type Kysely } from 'kysely';
import { APP_ROLE, protectForceOwnedTable } from './rls.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Roles are cluster-wide on a PostgreSQL server: another database may have made it already, maybe
  // at this very moment (tests migrate several databases at once).
  await sql`do $$ begin
      if not exists (select from pg_roles where rolname = ${sql.lit(APP_ROLE)}) then
        create role ${sql.id(APP_ROLE)} nologin;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db);
  await sql`do $$ begin
      execute format('grant %I to %I', ${sql.lit(APP_ROLE)}, current_user);
    exception when others then null;
    end $$`.execute(db);
  await sql`grant usage on schema public to ${sql.id(APP_ROLE)}`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`create function cohesion_actor_forces() returns uuid[] language sql stable as $$
      select coalesce(nullif(current_setting('app.force_ids', true), ''), '{}')::uuid[] $$`.execute(db);
  await sql`create function cohesion_is_system() returns boolean language sql stable as $$
      select coalesce(current_setting('app.system', true), '') = 'on' $$`.execute(db);

  await sql`create table forces (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[A-Z][A-Z0-9]{1,9}$'),
      name text not null check (length(name) between 1 and 200),
      is_demo boolean not null default false,
      created_at timestamptz not null default now())`.execute(db);
  await sql`grant select on forces to ${sql.id(APP_ROLE)}`.execute(db);

  await sql`create table sharing_agreements (
      id uuid primary key default gen_random_uuid(),
      owner_force_id uuid not null references forces(id),
      partner_force_id uuid not null references forces(id),
      record_types text[] not null check (cardinality(record_types) > 0),
      starts_at timestamptz not null default now(),
      ends_at timestamptz,
      created_at timestamptz not null default now(),
      check (owner_force_id <> partner_force_id))`.execute(db);
  await sql`create index sharing_agreements_partner on sharing_agreements (partner_force_id)`.execute(db);
  await sql`alter table sharing_agreements enable row level security`.execute(db);
  await sql`alter table sharing_agreements force row level security`.execute(db);
  await sql`create policy sharing_agreements_parties on sharing_agreements for select using (
      cohesion_is_system() or owner_force_id = any (cohesion_actor_forces())
      or partner_force_id = any (cohesion_actor_forces()))`.execute(db);
  await sql`create policy sharing_agreements_system on sharing_agreements for all
      using (cohesion_is_system()) with check (cohesion_is_system())`.execute(db);
  await sql`grant select on sharing_agreements to ${sql.id(APP_ROLE)}`.execute(db);

  // The forces whose records of one type the actor may read: its own, plus every force that has
  // agreed to share that record type with it, while the agreement is in force.
  await sql`create function cohesion_readable_forces(record_type text) returns uuid[]
      language sql stable as $$
      select cohesion_actor_forces() || coalesce(array_agg(owner_force_id), '{}')
        from sharing_agreements
       where partner_force_id = any (cohesion_actor_forces())
         and record_type = any (record_types)
         and starts_at <= now() and (ends_at is null or ends_at > now()) $$`.execute(db);

  await sql`create table areas (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      parent_id uuid references areas(id),
      level text not null check (level in ('policing_area', 'neighbourhood')),
      code text not null check (length(code) between 1 and 50),
      name text not null check (length(name) between 1 and 200),
      boundary jsonb,
      created_at timestamptz not null default now(),
      unique (force_id, code),
      check ((level = 'policing_area') = (parent_id is null)))`.execute(db);
  await sql`create index areas_parent on areas (parent_id)`.execute(db);
  await protectForceOwnedTable(db, 'areas', 'areas');

  await sql`create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email) and position('@' in email) > 1),
      name text not null check (length(name) between 1 and 200),
      password_hash text,
      oidc_issuer text,
      oidc_subject text,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      last_sign_in_at timestamptz,
      unique (oidc_issuer, oidc_subject))`.execute(db);
  await sql`create table memberships (
      user_id uuid not null references users(id),
      force_id uuid not null references forces(id),
      roles text[] not null check (cardinality(roles) > 0),
      created_at timestamptz not null default now(),
      primary key (user_id, force_id))`.execute(db);
  await sql`create index memberships_force on memberships (force_id)`.execute(db);
  await protectForceOwnedTable(db, 'memberships', 'users', 'select');
  // Staff identities are read by request transactions only through a membership of the actor's
  // force; sign-in and session checks run in the system scope.
  await sql`alter table users enable row level security`.execute(db);
  await sql`alter table users force row level security`.execute(db);
  await sql`create policy users_same_force on users for select using (
      cohesion_is_system() or exists (select 1 from memberships m
        where m.user_id = users.id and m.force_id = any (cohesion_actor_forces())))`.execute(db);
  await sql`create policy users_system on users for all using (cohesion_is_system())
      with check (cohesion_is_system())`.execute(db);

  // Admins create users through the service, which writes users rows in the system scope; the
  // grant on users comes after memberships exists because its policy refers to it.
  await sql`grant select on users to ${sql.id(APP_ROLE)}`.execute(db);

  await sql`create table sessions (
      id text primary key,
      user_id uuid not null references users(id),
      active_force_id uuid not null references forces(id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text)`.execute(db);
  await sql`create index sessions_user on sessions (user_id)`.execute(db);

  await sql`create table login_failures (
      id bigint generated always as identity primary key,
      email text not null,
      ip text,
      at timestamptz not null default now())`.execute(db);
  await sql`create index login_failures_email_at on login_failures (email, at)`.execute(db);
  await sql`create index login_failures_ip_at on login_failures (ip, at)`.execute(db);

  await sql`create table oidc_logins (
      state text primary key,
      code_verifier text not null,
      nonce text not null,
      return_to text not null,
      created_at timestamptz not null default now())`.execute(db);

  await createAuditLog(db);
}

async function createAuditLog(db: Kysely<unknown>): Promise<void> {
  await sql`create table audit_events (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      force_id uuid references forces(id),
      actor_user_id uuid references users(id),
      actor_email text,
      action text not null check (length(action) between 1 and 100),
      record_type text,
      record_id text,
      ip text,
      request_id text,
      reason text,
      details jsonb)`.execute(db);
  await sql`create index audit_events_force_id on audit_events (force_id, id desc)`.execute(db);
  await sql`create index audit_events_record on audit_events (record_type, record_id)`.execute(db);
  // Data Protection Act 2018 s62 logging: the log itself must be tamper-evident. The database
  // refuses to change or remove any row, whoever asks (superusers included, short of dropping the trigger).
  await sql`create function audit_events_refuse_change() returns trigger language plpgsql as $$
      begin raise exception 'audit_events is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$`.execute(db);
  await sql`create trigger audit_events_append_only before update or delete on audit_events
      for each row execute function audit_events_refuse_change()`.execute(db);
  await sql`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_refuse_change()`.execute(db);
  await sql`alter table audit_events enable row level security`.execute(db);
  await sql`alter table audit_events force row level security`.execute(db);
  await sql`create policy audit_events_read on audit_events for select using (
      cohesion_is_system() or force_id = any (cohesion_actor_forces()))`.execute(db);
  await sql`create policy audit_events_append on audit_events for insert with check (
      cohesion_is_system() or force_id is null or force_id = any (cohesion_actor_forces()))`.execute(db);
  await sql`grant select, insert on audit_events to ${sql.id(APP_ROLE)}`.execute(db);
}

export async function down(): Promise<void> {
  // The first migration is never rolled back: dropping it would drop the audit log.
  throw new Error('the platform migration cannot be rolled back');
}
