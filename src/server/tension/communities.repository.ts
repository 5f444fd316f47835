import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** SQL for communities and their key individuals. Row-level security keeps each force to its own. */

/** An area the transaction's force can see (any level), or undefined. */
export function findArea(trx: Trx, id: string) {
  return trx.selectFrom('areas').select(['id', 'force_id', 'name', 'level', 'parent_id']).where('id', '=', id).executeTakeFirst();
}

export function listCommunities(trx: Trx) {
  return trx
    .selectFrom('communities as c')
    .leftJoin('areas as a', 'a.id', 'c.area_id')
    .select(['c.id', 'c.name', 'c.kind', 'c.area_id', 'c.description', 'a.name as area_name'])
    .orderBy(sql`a.name nulls first`)
    .orderBy('c.name')
    .execute();
}
export type CommunityRow = Awaited<ReturnType<typeof listCommunities>>[number];

export function findCommunity(trx: Trx, id: string) {
  return trx
    .selectFrom('communities as c')
    .leftJoin('areas as a', 'a.id', 'c.area_id')
    .select(['c.id', 'c.force_id', 'c.name', 'c.kind', 'c.area_id', 'c.description', 'a.name as area_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function insertCommunity(
  trx: Trx,
  row: { force_id: string; name: string; kind: string; area_id: string | null; description: string; created_by: string },
): Promise<string | null> {
  const inserted = await trx.insertInto('communities').values(row).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  return inserted?.id ?? null;
}

export function listKeyIndividuals(trx: Trx, communityId: string) {
  return trx
    .selectFrom('key_individuals')
    .select(['id', 'community_id', 'name', 'role', 'phone', 'email', 'languages', 'notes', 'added_at'])
    .where('community_id', '=', communityId)
    .orderBy('name')
    .execute();
}
export type KeyIndividualRow = Awaited<ReturnType<typeof listKeyIndividuals>>[number];

export function insertKeyIndividual(
  trx: Trx,
  row: { force_id: string; community_id: string; name: string; role: string; phone: string; email: string; languages: string[]; notes: string; added_by: string },
) {
  return trx
    .insertInto('key_individuals')
    .values(row)
    .returning(['id', 'community_id', 'name', 'role', 'phone', 'email', 'languages', 'notes', 'added_at'])
    .executeTakeFirstOrThrow();
}
