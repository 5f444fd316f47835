import { polygonsOf, type AreaGeometry, type BBox, type PolygonRings, type Position, type Ring } from './types.ts';

/**
 * Boundaries drawn without a tile server: Douglas–Peucker simplification, bounding boxes, an
 * equirectangular projection fitted to a box, and SVG path data. Pure functions (no Node, no DOM).
 */

function squaredSegmentDistance(p: Position, a: Position, b: Position): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      [x, y] = b;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker on an open line: keeps both ends and every point further than the tolerance. */
function simplifyLine(points: readonly Position[], squaredTolerance: number): Position[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [first, last] = span;
    let furthest = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = squaredSegmentDistance(points[i] as Position, points[first] as Position, points[last] as Position);
      if (d > furthest) {
        furthest = d;
        index = i;
      }
    }
    if (index > 0 && furthest > squaredTolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * A ring simplified with Douglas–Peucker at `tolerance` (in the ring's units), still closed;
 * null when fewer than three distinct corners would be left. The ring is cut at its first point
 * and the point furthest from it, so that each half is an open line with two fixed ends.
 */
export function simplifyRing(ring: Ring, tolerance: number): Position[] | null {
  const first = ring[0];
  if (!first) {
    return null;
  }
  const last = ring[ring.length - 1] as Position;
  const open = samePosition(first, last) ? ring.slice(0, -1) : ring.slice();
  let far = 0;
  let furthest = -1;
  open.forEach((p, i) => {
    const d = (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2;
    if (d > furthest) {
      furthest = d;
      far = i;
    }
  });
  if (open.length < 3 || far === 0) {
    return null;
  }
  const squared = tolerance * tolerance;
  const out = [...simplifyLine(open.slice(0, far + 1), squared), ...simplifyLine([...open.slice(far), first], squared).slice(1)];
  return out.length >= 4 ? out : null;
}

function simplifyPolygon(rings: PolygonRings, tolerance: number): Position[][] | null {
  const [outer, ...holes] = rings;
  const kept = outer ? simplifyRing(outer, tolerance) : null;
  if (!kept) {
    return null;
  }
  return [kept, ...holes.map((hole) => simplifyRing(hole, tolerance)).filter((hole) => hole !== null)];
}

/**
 * A Polygon or MultiPolygon simplified with Douglas–Peucker at `tolerance` degrees. Every ring
 * left is closed with at least four positions; a ring that collapses is dropped (a polygon whose
 * outer ring collapses goes with its holes). Null when nothing is left. The type is kept: a
 * MultiPolygon stays one even with one polygon left. Simplification can make rings touch or cross
 * at large tolerances; it is for drawing, not for point-in-polygon tests.
 */
export function simplifyGeometry(geometry: AreaGeometry, tolerance: number): AreaGeometry | null {
  if (geometry.type === 'Polygon') {
    const coordinates = simplifyPolygon(geometry.coordinates, tolerance);
    return coordinates ? { type: 'Polygon', coordinates } : null;
  }
  const coordinates = geometry.coordinates.map((p) => simplifyPolygon(p, tolerance)).filter((p) => p !== null);
  return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
}

/** The number of positions in a geometry, closing positions included. */
export function countPositions(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
}

/** The bounding box of some geometries; null when there are none (or they are empty). */
export function boundsOf(geometries: Iterable<AreaGeometry>): BBox | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    for (const rings of polygonsOf(geometry)) {
      for (const [x, y] of rings[0] ?? []) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/** A projection from lon/lat degrees to x/y in a `width` × `height` box, y pointing down. */
export interface Projection {
  readonly width: number;
  readonly height: number;
  /** Units (pixels) per degree of latitude; a degree of longitude is `scale × cos(mid-latitude)`. */
  readonly scale: number;
  project(position: Position): Position;
  /** The lon/lat at a projected point. */
  invert(point: Position): Position;
}

const RADIANS = Math.PI / 180;

/** Width over height of a bounding box once longitude is corrected by cos(mid-latitude). */
export function projectedAspect([west, south, east, north]: BBox): number {
  const width = (east - west) * Math.cos(((south + north) / 2) * RADIANS);
  const height = north - south;
  return width > 0 && height > 0 ? width / height : 1;
}

/**
 * An equirectangular projection corrected by cos(mid-latitude), which keeps shapes true at the
 * scale of a police force, fitted (centred, aspect kept) into `width` × `height` less `padding`
 * on every side. y is flipped so that north is up in SVG.
 */
export function fitProjection(bbox: BBox, { width, height, padding = 0 }: { width: number; height: number; padding?: number }): Projection {
  const [west, south, east, north] = bbox;
  const cos = Math.cos(((south + north) / 2) * RADIANS);
  const [cx, cy] = [(west + east) / 2, (south + north) / 2];
  const spanX = Math.max((east - west) * cos, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const scale = Math.max(Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY), 1e-9);
  return {
    width,
    height,
    scale,
    project: ([lon, lat]) => [width / 2 + (lon - cx) * cos * scale, height / 2 - (lat - cy) * scale],
    invert: ([x, y]) => [cx + (x - width / 2) / (cos * scale), cy - (y - height / 2) / scale],
  };
}

/** A geometry with every position passed through a projection. */
export function projectGeometry(geometry: AreaGeometry, projection: Projection): AreaGeometry {
  const rings = (polygon: PolygonRings) => polygon.map((ring) => ring.map((p) => projection.project(p)));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rings(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) };
}

const round = (n: number) => String(Math.round(n * 10) / 10);

/**
 * SVG path data for a projected geometry: one subpath per ring ("M x y L … Z"), coordinates
 * rounded to one decimal, repeated points (after rounding) left out. Draw with `fill-rule:
 * evenodd` so that holes stay holes whatever their winding.
 */
export function svgPath(geometry: AreaGeometry): string {
  const parts: string[] = [];
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      const points: string[] = [];
      for (const [x, y] of ring) {
        const point = `${round(x)} ${round(y)}`;
        if (point !== points[points.length - 1]) {
          points.push(point);
        }
      }
      if (points.length > 1 && points[0] === points[points.length - 1]) {
        points.pop();
      }
      if (points.length >= 3) {
        parts.push(`M${points.join('L')}Z`);
      }
    }
  }
  return parts.join('');
}
