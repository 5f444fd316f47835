/**
 * The little of GeoJSON (RFC 7946) that area boundaries need: polygons and multipolygons. The
 * same shapes hold projected coordinates (SVG x/y) once a projection has been applied.
 */

/** [longitude, latitude] in WGS84 degrees, or [x, y] once projected. */
export type Position = readonly [number, number];

/** A closed ring: at least four positions, the last equal to the first. */
export type Ring = readonly Position[];

/** An outer ring followed by its holes. */
export type PolygonRings = readonly Ring[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonRings;
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: readonly PolygonRings[];
}

/** An area's boundary. */
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [west, south, east, north], or [minX, minY, maxX, maxY] for projected coordinates. */
export type BBox = readonly [number, number, number, number];

/** Every polygon of a geometry, each as its outer ring followed by its holes. */
export function polygonsOf(geometry: AreaGeometry): readonly PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function isRings(value: unknown): boolean {
  return Array.isArray(value) && value.every((ring) => Array.isArray(ring) && ring.every(isPosition));
}

/**
 * Whether a value (say, an API field typed `unknown`) is a Polygon or MultiPolygon with numeric
 * positions. Positions with a third number (height) pass; only the first two are used.
 */
export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') {
    return isRings(coordinates);
  }
  return type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isRings);
}
