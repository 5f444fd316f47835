import { sql, type Transaction } from 'kysely';
import type { Db } from './connect.ts';
import type { Database } from './schema.ts';
import { APP_ROLE } from './migrations/rls.ts';

export type Trx = Transaction<Database>;

/** Whose rights a transaction runs with. `forceIds` are the forces whose records it acts for. */
export interface DataScope {
  forceIds: readonly string[];
}

/**
 * Runs `work` in one transaction bound by row-level security to the given forces: the
 * transaction switches to the unprivileged application role, so even a query that forgets its
 * force filter sees only what the policies allow.
 */
export function inForceScope<T>(db: Db, scope: DataScope, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.force_ids', ${`{${scope.forceIds.join(',')}}`}, true)`.execute(trx);
    await sql`set local role ${sql.id(APP_ROLE)}`.execute(trx);
    return work(trx);
  });
}

/**
 * Runs `work` in one transaction with the system's rights across all forces. Only for sign-in,
 * sessions, the CLI's administrative commands, seeding and jobs — never for a user's request.
 */
export function inSystemScope<T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.system', 'on', true)`.execute(trx);
    return work(trx);
  });
}
