import { isAreaGeometry, type AreaGeometry } from '../../shared/geo/types.ts';
import type { Trx } from '../db/scope.ts';
import { containsPoint } from './lsoa-geometry.ts';
import { findLsoaCandidates, findLsoas, findPostcodeLsoas, listNeighbourhoodBoundaries } from './lsoas.repository.ts';

/** Where something is, as the report holds it: a point (from the reporter or the postcode lookup) and/or a postcode. */
export interface PlaceQuery {
  latitude: number | null;
  longitude: number | null;
  postcode: string | null;
}

/** An LSOA and its anonymous map point, with the force's neighbourhood that holds the point, if any. */
export interface LsoaPlace {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  neighbourhood: string | null;
}

interface Known {
  place: LsoaPlace;
  geometry: AreaGeometry;
}

/**
 * Places reports in LSOAs (national reference data) for one force's export. The postcode lookup's
 * LSOA comes first: the ONS Postcode Directory assigns it on full-resolution boundaries, whereas
 * the demo's boundaries (generalised to 200 m) put 26% of Trafford's postcode points in another
 * LSOA (20 m ones: 0.2%). Without a known postcode, the point is tested: a GiST box prefilter in the
 * database, then an exact point-in-polygon test here. Neither gives no place. Part of the platform
 * domain because LSOAs and neighbourhoods are; a session caches what it has read, so a month of
 * crimes reads each boundary once. Call within the caller's own transaction.
 */
export function createLsoaLocator() {
  return function session(forceId: string) {
    const lsoas = new Map<string, Known | null>();
    let neighbourhoods: { name: string; geometry: AreaGeometry }[] | undefined;

    async function load(trx: Trx, codes: Iterable<string>): Promise<void> {
      const missing = [...new Set(codes)].filter((c) => !lsoas.has(c));
      if (missing.length === 0) {
        return;
      }
      neighbourhoods ??= (await listNeighbourhoodBoundaries(trx, forceId)).flatMap((n) =>
        isAreaGeometry(n.boundary) ? [{ name: n.name, geometry: n.boundary }] : [],
      );
      const areas = neighbourhoods;
      for (const row of await findLsoas(trx, missing)) {
        if (!isAreaGeometry(row.boundary)) {
          continue;
        }
        const [latitude, longitude] = [row.point_latitude, row.point_longitude];
        // The neighbourhood of the map point, not of the crime: the name must reveal no more than the point.
        const neighbourhood = areas.find((a) => containsPoint(a.geometry, longitude, latitude))?.name ?? null;
        lsoas.set(row.code, { place: { code: row.code, name: row.name, latitude, longitude, neighbourhood }, geometry: row.boundary });
      }
      missing.filter((c) => !lsoas.has(c)).forEach((c) => lsoas.set(c, null));
    }

    /** For each query, in order, its LSOA place or null. */
    return async function place(trx: Trx, queries: readonly PlaceQuery[]): Promise<(LsoaPlace | null)[]> {
      const results: (LsoaPlace | null)[] = queries.map(() => null);
      const postcodes = await findPostcodeLsoas(trx, [...new Set(queries.flatMap((q) => (q.postcode ? [q.postcode] : [])))]);
      await load(trx, postcodes.values());
      queries.forEach((q, i) => {
        results[i] = lsoas.get(postcodes.get(q.postcode ?? '') ?? '')?.place ?? null;
      });
      const located = queries.flatMap((q, i) =>
        results[i] === null && q.latitude !== null && q.longitude !== null ? [{ i, latitude: q.latitude, longitude: q.longitude }] : [],
      );
      const candidates = await findLsoaCandidates(trx, located);
      await load(trx, candidates.map((c) => c.code));
      // Codes in order, so a point on a shared edge always goes the same way.
      candidates.sort((a, b) => a.i - b.i || a.code.localeCompare(b.code));
      for (const { i, code } of candidates) {
        const point = located[i];
        const known = lsoas.get(code);
        if (point && known && !results[point.i] && containsPoint(known.geometry, point.longitude, point.latitude)) {
          results[point.i] = known.place;
        }
      }
      return results;
    };
  };
}

export type LsoaLocator = ReturnType<typeof createLsoaLocator>;
