import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { SessionRow } from '../db/schema.ts';

export async function insertSession(trx: Trx, row: Omit<SessionRow, 'created_at' | 'last_seen_at'>): Promise<void> {
  await trx.insertInto('sessions').values({ ...row, last_seen_at: new Date() }).execute();
}

export function findSession(trx: Trx, id: string): Promise<SessionRow | undefined> {
  return trx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(trx: Trx, id: string): Promise<void> {
  await trx.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
}

export async function setActiveForce(trx: Trx, id: string, forceId: string): Promise<void> {
  await trx.updateTable('sessions').set({ active_force_id: forceId }).where('id', '=', id).execute();
}

export async function deleteSession(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Sessions past either timeout are useless; removing them keeps the table small. */
export async function deleteExpiredSessions(trx: Trx, idleMinutes: number): Promise<void> {
  await trx
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', new Date()),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .execute();
}

export async function countRecentFailures(
  trx: Trx,
  by: { email: string } | { ip: string },
  windowMinutes: number,
): Promise<{ count: number; oldest: Date | null }> {
  const row = await trx
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
    .where('email' in by ? 'email' : 'ip', '=', 'email' in by ? by.email : by.ip)
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

export async function insertLoginFailure(trx: Trx, email: string, ip: string | null): Promise<void> {
  await trx.insertInto('login_failures').values({ email, ip }).execute();
}

export async function clearLoginFailures(trx: Trx, email: string): Promise<void> {
  await trx.deleteFrom('login_failures').where('email', '=', email).execute();
}
