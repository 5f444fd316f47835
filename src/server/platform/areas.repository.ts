import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { AreaRow } from '../db/schema.ts';

export type AreaSummaryRow = Omit<AreaRow, 'boundary'> & { has_boundary: boolean };

const summaryColumns = ['id', 'force_id', 'parent_id', 'level', 'code', 'name', 'created_at'] as const;

/** Every area the transaction may see; row-level security limits it to the actor's forces. */
export function listAreas(trx: Trx): Promise<AreaSummaryRow[]> {
  return trx
    .selectFrom('areas')
    .select(summaryColumns)
    .select(sql<boolean>`boundary is not null`.as('has_boundary'))
    .orderBy('level')
    .orderBy('name')
    .execute();
}

export function findArea(trx: Trx, id: string): Promise<AreaSummaryRow | undefined> {
  return trx
    .selectFrom('areas')
    .select(summaryColumns)
    .select(sql<boolean>`boundary is not null`.as('has_boundary'))
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findAreaBoundary(trx: Trx, id: string): Promise<unknown> {
  const row = await trx.selectFrom('areas').select('boundary').where('id', '=', id).executeTakeFirst();
  return row?.boundary ?? null;
}

export async function findAreaIdsByCode(trx: Trx, forceId: string, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await trx
    .selectFrom('areas')
    .select(['id', 'code'])
    .where('force_id', '=', forceId)
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export interface AreaUpsert {
  forceId: string;
  parentId: string | null;
  level: AreaRow['level'];
  code: string;
  name: string;
  boundary: string | null;
}

/** Inserts areas, or refreshes name and boundary of those whose code the force already has. */
export async function upsertAreas(trx: Trx, rows: AreaUpsert[]): Promise<number> {
  if (rows.length === 0) {
    return 0;
  }
  const result = await trx
    .insertInto('areas')
    .values(
      rows.map((r) => ({
        force_id: r.forceId,
        parent_id: r.parentId,
        level: r.level,
        code: r.code,
        name: r.name,
        boundary: r.boundary,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['force_id', 'code']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        boundary: eb.ref('excluded.boundary'),
        parent_id: eb.ref('excluded.parent_id'),
      })),
    )
    .execute();
  return result.reduce((n, r) => n + Number(r.numInsertedOrUpdatedRows ?? 0), 0);
}

export function listAreaBoundaries(trx: Trx, forceId: string) {
  return trx.selectFrom('areas').select(['id', 'level', 'code', 'parent_id', 'boundary']).where('force_id', '=', forceId).execute();
}

/** A row of the imported postcode directory, or undefined. */
export function findPostcode(trx: Trx, postcode: string) {
  return trx.selectFrom('postcodes').selectAll().where('postcode', '=', postcode).executeTakeFirst();
}

export interface PostcodeRow {
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  lsoa_code: string | null;
  ward_code: string | null;
  district_code: string | null;
}

export async function upsertPostcodes(trx: Trx, rows: PostcodeRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await trx
    .insertInto('postcodes')
    .values(rows)
    .onConflict((oc) =>
      oc.column('postcode').doUpdateSet((eb) => ({
        latitude: eb.ref('excluded.latitude'),
        longitude: eb.ref('excluded.longitude'),
        lsoa_code: eb.ref('excluded.lsoa_code'),
        ward_code: eb.ref('excluded.ward_code'),
        district_code: eb.ref('excluded.district_code'),
      })),
    )
    .execute();
}
