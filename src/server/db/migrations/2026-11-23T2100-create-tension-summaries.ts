import { sql, type Kysely } from 'kysely';
import { protectForceOwnedTable } from './rls.ts';

/**
 * Community Tension Summaries, the force's return to the national team: one row per version of a
 * period's return. What was compiled never changes; the text changes only while it is a draft; an
 * issued version never changes at all, except to be marked superseded by its issued correction
 * (decision 008). The trigger and the checks hold even for the owner, so a bug cannot rewrite what
 * the national team was sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table tension_summaries (
      id uuid primary key default gen_random_uuid(),
      force_id uuid not null references forces(id),
      period_from date not null,
      period_to date not null,
      version int not null check (version >= 1),
      corrects uuid unique references tension_summaries(id),
      correction_reason text,
      compiled jsonb not null,
      content jsonb not null,
      revision int not null default 1 check (revision >= 1),
      status text not null default 'draft' check (status in ('draft', 'approved', 'issued', 'superseded')),
      authors uuid[] not null,
      compiled_by uuid not null references users(id),
      compiled_at timestamptz not null default now(),
      edited_by uuid references users(id),
      edited_at timestamptz,
      approved_by uuid references users(id),
      approved_at timestamptz,
      issued_by uuid references users(id),
      issued_at timestamptz,
      superseded_by uuid references tension_summaries(id),
      superseded_at timestamptz,
      check (period_from <= period_to),
      check ((version = 1) = (corrects is null)),
      check ((corrects is null) = (correction_reason is null)),
      check (compiled_by = any (authors)),
      -- The two-person rule: nobody approves words they compiled or edited.
      check (approved_by is null or not (approved_by = any (authors))),
      check (case status
        when 'draft' then approved_by is null and approved_at is null and issued_at is null and superseded_by is null
        when 'approved' then approved_by is not null and approved_at is not null and issued_at is null and superseded_by is null
        when 'issued' then approved_by is not null and issued_by is not null and issued_at is not null and superseded_by is null
        else approved_by is not null and issued_at is not null and superseded_by is not null and superseded_at is not null end))`.execute(db);
  await sql`create index tension_summaries_force on tension_summaries (force_id, period_to desc, compiled_at desc)`.execute(db);
  // One issued return per force, period and version: what changes after issue is a correction.
  await sql`create unique index tension_summaries_issued on tension_summaries (force_id, period_from, period_to, version) where issued_at is not null`.execute(db);

  // Compared as JSON less the columns each state may change, so a column added later is frozen by default.
  await sql`create function tension_summaries_guard() returns trigger language plpgsql as $$
      declare
        lifecycle constant text[] := array['content', 'revision', 'status', 'authors', 'edited_by', 'edited_at',
                                           'approved_by', 'approved_at', 'issued_by', 'issued_at', 'superseded_by', 'superseded_at'];
        marking constant text[] := array['status', 'superseded_by', 'superseded_at'];
      begin
        if tg_op = 'DELETE' then
          if old.issued_at is not null then
            raise exception 'tension_summaries: an issued return is kept: delete refused' using errcode = 'insufficient_privilege';
          end if;
          return old;
        end if;
        if old.status in ('issued', 'superseded') then
          if not (old.status = 'issued' and new.status = 'superseded' and (to_jsonb(new) - marking) = (to_jsonb(old) - marking)) then
            raise exception 'tension_summaries: an issued return never changes (make a correction)' using errcode = 'insufficient_privilege';
          end if;
          return new;
        end if;
        if (to_jsonb(new) - lifecycle) <> (to_jsonb(old) - lifecycle) then
          raise exception 'tension_summaries: the period, version and compiled data never change' using errcode = 'insufficient_privilege';
        end if;
        if (old.status, new.status) not in (('draft', 'draft'), ('draft', 'approved'), ('approved', 'draft'), ('approved', 'issued')) then
          raise exception 'tension_summaries: % cannot become %', old.status, new.status using errcode = 'check_violation';
        end if;
        if new.content is distinct from old.content and (new.status <> 'draft' or new.revision <> old.revision + 1) then
          raise exception 'tension_summaries: new text is a new revision of a draft' using errcode = 'check_violation';
        end if;
        return new;
      end $$`.execute(db);
  await sql`create trigger tension_summaries_guard before update or delete on tension_summaries
      for each row execute function tension_summaries_guard()`.execute(db);

  await protectForceOwnedTable(
    db,
    'tension_summaries',
    'returns',
    'select, insert, update (content, revision, status, authors, edited_by, edited_at, approved_by, approved_at, issued_by, issued_at, superseded_by, superseded_at)',
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table tension_summaries`.execute(db);
  await sql`drop function tension_summaries_guard()`.execute(db);
}
