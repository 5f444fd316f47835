import { sql, type Kysely } from 'kysely';

/** The role request transactions switch to: it has no BYPASSRLS and owns nothing, so RLS binds it. */
export const APP_ROLE = 'cohesion_app';

/**
 * Makes a force-owned table subject to row-level security: rows are visible to the actor's own force
 * and to partners under a sharing agreement for `recordType`, and writable only by the own force.
 * FORCE makes the policies bind the table owner too, so a forgotten filter fails closed.
 */
export async function protectForceOwnedTable(
  db: Kysely<unknown>,
  table: string,
  recordType: string,
  privileges = 'select, insert, update, delete',
): Promise<void> {
  const t = sql.table(table);
  await sql`alter table ${t} enable row level security`.execute(db);
  await sql`alter table ${t} force row level security`.execute(db);
  await sql`create policy ${sql.id(`${table}_read`)} on ${t} for select using (
      cohesion_is_system() or force_id = any (cohesion_readable_forces(${sql.lit(recordType)})))`.execute(db);
  await sql`create policy ${sql.id(`${table}_write`)} on ${t} for all using (
      cohesion_is_system() or force_id = any (cohesion_actor_forces()))
      with check (cohesion_is_system() or force_id = any (cohesion_actor_forces()))`.execute(db);
  await sql`grant ${sql.raw(privileges)} on ${t} to ${sql.id(APP_ROLE)}`.execute(db);
}
