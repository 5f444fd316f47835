import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { ReportRow } from '../db/schema.ts';

export interface Open311KeyRow {
  id: string;
  force_id: string;
  force_code: string;
  organisation: string;
  created_at: Date;
  revoked_at: Date | null;
}

const keyColumns = ['open311_keys.id', 'open311_keys.force_id', 'forces.code as force_code', 'open311_keys.organisation', 'open311_keys.created_at', 'open311_keys.revoked_at'] as const;

/** Keys are written with the system's rights only: the application role may read them, never write. */
export async function insertKey(trx: Trx, values: { forceId: string; organisation: string; keyHash: string }): Promise<string> {
  const row = await trx
    .insertInto('open311_keys')
    .values({ force_id: values.forceId, organisation: values.organisation, key_hash: values.keyHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findKey(trx: Trx, id: string): Promise<Open311KeyRow | undefined> {
  return trx.selectFrom('open311_keys').innerJoin('forces', 'forces.id', 'open311_keys.force_id').select(keyColumns).where('open311_keys.id', '=', id).executeTakeFirst();
}

/** A key of one force, locked until the transaction ends; undefined for another force's key. */
export function findKeyOfForce(trx: Trx, forceId: string, id: string): Promise<Open311KeyRow | undefined> {
  return trx
    .selectFrom('open311_keys')
    .innerJoin('forces', 'forces.id', 'open311_keys.force_id')
    .select(keyColumns)
    .where('open311_keys.id', '=', id)
    .where('open311_keys.force_id', '=', forceId)
    .forUpdate('open311_keys')
    .executeTakeFirst();
}

export function findKeyByHash(trx: Trx, keyHash: string): Promise<Open311KeyRow | undefined> {
  return trx
    .selectFrom('open311_keys')
    .innerJoin('forces', 'forces.id', 'open311_keys.force_id')
    .select(keyColumns)
    .where('open311_keys.key_hash', '=', keyHash)
    .executeTakeFirst();
}

/** Sets revoked_at once; a second revocation changes nothing and returns undefined. */
export async function revokeKey(trx: Trx, id: string): Promise<Date | undefined> {
  const row = await trx
    .updateTable('open311_keys')
    .set({ revoked_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('revoked_at')
    .executeTakeFirst();
  return row?.revoked_at ?? undefined;
}

export function listKeys(trx: Trx, forceId: string | undefined): Promise<Open311KeyRow[]> {
  let query = trx.selectFrom('open311_keys').innerJoin('forces', 'forces.id', 'open311_keys.force_id').select(keyColumns);
  if (forceId) {
    query = query.where('open311_keys.force_id', '=', forceId);
  }
  return query.orderBy('forces.code').orderBy('open311_keys.created_at').execute();
}

/** The columns a status look-up needs: nothing personal, no description. */
export type Open311RequestRow = Pick<
  ReportRow,
  'reference' | 'kind' | 'status' | 'received_at' | 'updated_at' | 'closed_at' | 'location_description' | 'location_postcode' | 'location_latitude' | 'location_longitude'
>;

export interface Open311RequestFilter {
  forceId: string;
  organisation: string;
  references?: readonly string[];
  kinds?: readonly string[];
  from?: Date;
  to?: Date;
  /** undefined: open and closed alike. */
  closed?: boolean;
  limit: number;
}

/**
 * Requests an organisation sent through Open311 to one force. The force filter is explicit even
 * though row-level security applies: a sharing agreement can make another force's reports readable
 * in this transaction, and a partner's key must never see those.
 */
export function findRequests(trx: Trx, filter: Open311RequestFilter): Promise<Open311RequestRow[]> {
  let query = trx
    .selectFrom('reports')
    .select(['reference', 'kind', 'status', 'received_at', 'updated_at', 'closed_at', 'location_description', 'location_postcode', 'location_latitude', 'location_longitude'])
    .where('force_id', '=', filter.forceId)
    .where('channel', '=', 'open311')
    .where('partner_organisation', '=', filter.organisation);
  if (filter.references) {
    query = query.where('reference', 'in', filter.references.length > 0 ? [...filter.references] : ['']);
  }
  if (filter.kinds) {
    query = query.where('kind', 'in', filter.kinds as ReportRow['kind'][]);
  }
  if (filter.from) {
    query = query.where('received_at', '>=', filter.from);
  }
  if (filter.to) {
    query = query.where('received_at', '<=', filter.to);
  }
  if (filter.closed !== undefined) {
    query = query.where('status', filter.closed ? '=' : '<>', 'closed');
  }
  return query.orderBy('received_at', 'desc').limit(filter.limit).execute();
}
