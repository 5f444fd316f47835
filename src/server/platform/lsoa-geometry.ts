import { labelPoint } from '../../shared/geo/label.ts';
import { polygonsOf, type AreaGeometry, type BBox, type PolygonRings, type Position, type Ring } from '../../shared/geo/types.ts';

/** GeoJSON as read (positions of two or more numbers) with longitude and latitude only: a height is dropped. */
export function flatGeometry(geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] }): AreaGeometry {
  const rings = (polygon: number[][][]) => polygon.map((ring) => ring.map(([x, y]): Position => [x ?? NaN, y ?? NaN]));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rings(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) };
}

/** The smallest box holding every outer ring: [west, south, east, north]. */
export function bboxOf(geometry: AreaGeometry): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer] of polygonsOf(geometry)) {
    for (const [x, y] of outer ?? []) {
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    }
  }
  return [w, s, e, n];
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function inPolygon(x: number, y: number, [outer, ...holes]: PolygonRings): boolean {
  return outer !== undefined && inRing(x, y, outer) && !holes.some((hole) => inRing(x, y, hole));
}

/** Whether the point (WGS84 degrees) lies inside the geometry (ray casting; holes excluded). */
export function containsPoint(geometry: AreaGeometry, longitude: number, latitude: number): boolean {
  return polygonsOf(geometry).some((polygon) => inPolygon(longitude, latitude, polygon));
}

/** Rounds to the 6 decimals data.police.uk publishes (about 10 cm), so stored and exported points agree. */
export const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The area's anonymous map point: the pole of inaccessibility of its largest polygon (the inside
 * point furthest from any edge), so that it is always inside the area, even a crescent-shaped one,
 * and never near a neighbour. Longitudes are scaled by cos(latitude) first, so that "furthest"
 * means furthest on the ground (a degree of longitude is 0.6 of a degree of latitude at 53°N).
 */
export function snapPointOf(geometry: AreaGeometry): { latitude: number; longitude: number } {
  const [w, s, e, n] = bboxOf(geometry);
  const scale = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const project = (rings: PolygonRings): PolygonRings => rings.map((ring) => ring.map(([x, y]): Position => [x * scale, y]));
  const projected: AreaGeometry = { type: 'MultiPolygon', coordinates: polygonsOf(geometry).map(project) };
  // A thousandth of the area's extent: about a metre for a town LSOA, finer than its generalised boundary.
  const extent = Math.max(Math.min((e - w) * scale, n - s), 1e-6);
  const label = labelPoint(projected, extent / 1000);
  const [x, y] = label?.point ?? [((w + e) / 2) * scale, (s + n) / 2];
  return { latitude: round6(y), longitude: round6(x / scale) };
}
