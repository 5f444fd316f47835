import type { Trx } from '../db/scope.ts';
import { listAreaBoundaries, findPostcode } from './areas.repository.ts';

type Ring = [number, number][];
type Polygon = Ring[];
interface LocatedArea {
  id: string;
  level: 'policing_area' | 'neighbourhood';
  code: string;
  parentId: string | null;
  polygons: Polygon[];
}

/** Ray casting on one ring; boundaries are small enough that this is fast (µs per area). */
function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function inPolygon(lng: number, lat: number, polygon: Polygon): boolean {
  const [outer, ...holes] = polygon;
  return outer !== undefined && inRing(lng, lat, outer) && !holes.some((hole) => inRing(lng, lat, hole));
}

function polygonsOf(boundary: unknown): Polygon[] {
  const geometry = boundary as { type?: string; coordinates?: unknown } | null;
  if (geometry?.type === 'Polygon') {
    return [geometry.coordinates as Polygon];
  }
  if (geometry?.type === 'MultiPolygon') {
    return geometry.coordinates as Polygon[];
  }
  return [];
}

export interface ResolvedArea {
  areaId: string | null;
  neighbourhoodId: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Part of the platform domain because areas are; other domains receive it as a dependency and call
 * it inside their own transaction. Resolves where a report happened to the force's policing area and neighbourhood: by the point
 * inside their boundaries, the point coming from the report or from the postcode lookup table;
 * failing a boundary, by the postcode's district and ward codes. Boundaries are cached per force.
 */
export function createAreaLocator() {
  const cache = new Map<string, { at: number; areas: LocatedArea[] }>();

  async function areasOf(trx: Trx, forceId: string): Promise<LocatedArea[]> {
    const hit = cache.get(forceId);
    if (hit && Date.now() - hit.at < 10 * 60_000) {
      return hit.areas;
    }
    const rows = await listAreaBoundaries(trx, forceId);
    const areas = rows.map((r) => ({ id: r.id, level: r.level, code: r.code, parentId: r.parent_id, polygons: polygonsOf(r.boundary) }));
    cache.set(forceId, { at: Date.now(), areas });
    return areas;
  }

  return async function locate(
    trx: Trx,
    forceId: string,
    where: { postcode?: string; latitude?: number; longitude?: number },
  ): Promise<ResolvedArea> {
    const areas = await areasOf(trx, forceId);
    const postcode = where.postcode ? await findPostcode(trx, where.postcode) : undefined;
    const latitude = where.latitude ?? postcode?.latitude ?? null;
    const longitude = where.longitude ?? postcode?.longitude ?? null;
    const containing = (level: LocatedArea['level']) =>
      latitude !== null && longitude !== null
        ? areas.find((a) => a.level === level && a.polygons.some((p) => inPolygon(longitude, latitude, p)))
        : undefined;
    const byCode = (level: LocatedArea['level'], code: string | null | undefined) =>
      code ? areas.find((a) => a.level === level && a.code === code) : undefined;
    const neighbourhood = containing('neighbourhood') ?? byCode('neighbourhood', postcode?.ward_code);
    const area =
      containing('policing_area') ??
      byCode('policing_area', postcode?.district_code) ??
      areas.find((a) => a.id === neighbourhood?.parentId);
    return { areaId: area?.id ?? null, neighbourhoodId: neighbourhood?.id ?? null, latitude, longitude };
  };
}

export type AreaLocator = ReturnType<typeof createAreaLocator>;
