import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** An LSOA as imported: its boundary as GeoJSON text, its box and its anonymous map point. */
export interface LsoaUpsert {
  code: string;
  name: string;
  boundary: string;
  bbox: readonly [number, number, number, number];
  pointLatitude: number;
  pointLongitude: number;
}

/** Inserts LSOAs, or replaces name, boundary and point of those already known (a newer release). */
export async function upsertLsoas(trx: Trx, rows: LsoaUpsert[]): Promise<number> {
  if (rows.length === 0) {
    return 0;
  }
  const result = await trx
    .insertInto('lsoas')
    .values(
      rows.map((r) => ({
        code: r.code,
        name: r.name,
        boundary: r.boundary,
        bbox: sql<string>`box(point(${r.bbox[0]}, ${r.bbox[1]}), point(${r.bbox[2]}, ${r.bbox[3]}))`,
        point_latitude: r.pointLatitude,
        point_longitude: r.pointLongitude,
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        boundary: eb.ref('excluded.boundary'),
        bbox: eb.ref('excluded.bbox'),
        point_latitude: eb.ref('excluded.point_latitude'),
        point_longitude: eb.ref('excluded.point_longitude'),
      })),
    )
    .execute();
  return result.reduce((n, r) => n + Number(r.numInsertedOrUpdatedRows ?? 0), 0);
}

/**
 * For each point (by its index in the arrays), the LSOAs whose box holds it: the GiST index does
 * the prefilter, the caller's point-in-polygon test the exact answer. Written as "overlaps a box
 * of zero size" because GiST's box operators index `&&` but not `box @> point` (which scans
 * every LSOA for every point: 40 times slower for a Greater Manchester month).
 */
export async function findLsoaCandidates(trx: Trx, points: { longitude: number; latitude: number }[]): Promise<{ i: number; code: string }[]> {
  if (points.length === 0) {
    return [];
  }
  const result = await sql<{ i: number; code: string }>`
      select p.i::int as i, l.code
        from unnest(${points.map((p) => p.longitude)}::float8[], ${points.map((p) => p.latitude)}::float8[])
             with ordinality as p(lng, lat, i)
        join lsoas l on l.bbox && box(point(p.lng, p.lat), point(p.lng, p.lat))`.execute(trx);
  return result.rows.map((r) => ({ i: r.i - 1, code: r.code }));
}

/** LSOAs by code, with their boundaries (for the exact test) and map points. */
export function findLsoas(trx: Trx, codes: string[]) {
  if (codes.length === 0) {
    return Promise.resolve([]);
  }
  return trx.selectFrom('lsoas').select(['code', 'name', 'boundary', 'point_latitude', 'point_longitude']).where('code', 'in', codes).execute();
}

/** The LSOA code the postcode lookup gives each of these postcodes (ONSPD's own, exact, answer). */
export async function findPostcodeLsoas(trx: Trx, postcodes: string[]): Promise<Map<string, string>> {
  if (postcodes.length === 0) {
    return new Map();
  }
  const rows = await trx
    .selectFrom('postcodes')
    .select(['postcode', 'lsoa_code'])
    .where('postcode', 'in', postcodes)
    .where('lsoa_code', 'is not', null)
    .execute();
  return new Map(rows.flatMap((r) => (r.lsoa_code ? [[r.postcode, r.lsoa_code] as const] : [])));
}

/** The force's neighbourhoods with their boundaries: public names for an LSOA's map point. */
export function listNeighbourhoodBoundaries(trx: Trx, forceId: string) {
  return trx
    .selectFrom('areas')
    .select(['name', 'boundary'])
    .where('force_id', '=', forceId)
    .where('level', '=', 'neighbourhood')
    .where('boundary', 'is not', null)
    .orderBy('code')
    .execute();
}
