import type { Trx } from '../db/scope.ts';

/** SQL for Community Impact Assessments: one row per CIA, one row per saved version. */

function versions(trx: Trx) {
  return trx
    .selectFrom('cia_versions as v')
    .innerJoin('users as saver', 'saver.id', 'v.saved_by')
    .leftJoin('users as signer', 'signer.id', 'v.signed_off_by')
    .select([
      'v.id as version_id',
      'v.force_id',
      'v.cia_id',
      'v.version',
      'v.title',
      'v.trigger',
      'v.reference',
      'v.next_review_at',
      'v.content',
      'v.saved_at',
      'saver.name as saved_by_name',
      'v.signed_off_at',
      'signer.name as signed_off_by_name',
    ]);
}
export type CiaVersionRow = Awaited<ReturnType<ReturnType<typeof versions>['execute']>>[number];

export function listVersions(trx: Trx, ciaId: string): Promise<CiaVersionRow[]> {
  return versions(trx).where('v.cia_id', '=', ciaId).orderBy('v.version', 'desc').execute();
}

/** The latest version of every CIA of the force, newest first. */
export async function listLatest(trx: Trx, forceId: string): Promise<CiaVersionRow[]> {
  return versions(trx)
    .where('v.force_id', '=', forceId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('cia_versions as later').select('later.id').whereRef('later.cia_id', '=', 'v.cia_id').whereRef('later.version', '>', 'v.version'))),
    )
    .orderBy('v.saved_at', 'desc')
    .limit(500)
    .execute();
}

export async function insertCia(trx: Trx, forceId: string, userId: string): Promise<string> {
  return (await trx.insertInto('cias').values({ force_id: forceId, created_by: userId }).returning('id').executeTakeFirstOrThrow()).id;
}

export function findCia(trx: Trx, ciaId: string) {
  return trx.selectFrom('cias').select(['id', 'force_id']).where('id', '=', ciaId).executeTakeFirst();
}

export async function insertVersion(
  trx: Trx,
  row: { force_id: string; cia_id: string; version: number; title: string; trigger: 'operation' | 'critical_incident' | 'event'; reference: string; next_review_at: Date; content: string; saved_by: string },
): Promise<void> {
  await trx.insertInto('cia_versions').values(row).execute();
}

export async function signOff(trx: Trx, ciaId: string, version: number, userId: string): Promise<void> {
  await trx.updateTable('cia_versions').set({ signed_off_by: userId, signed_off_at: new Date() }).where('cia_id', '=', ciaId).where('version', '=', version).execute();
}

export async function forceName(trx: Trx, forceId: string): Promise<string> {
  return (await trx.selectFrom('forces').select('name').where('id', '=', forceId).executeTakeFirst())?.name ?? '';
}
