import { describe, expect, it } from 'vitest';
import districtsText from '../../../assets/geo/gm_local_authority_generalised.geojson?raw';
import wardsText from '../../../assets/geo/gm_ward_super_generalised.geojson?raw';
import { polygonArea } from './label.ts';
import { boundsOf, countPositions, fitProjection, projectedAspect, projectGeometry, simplifyGeometry, simplifyRing, svgPath } from './simplify.ts';
import { isAreaGeometry, polygonsOf, type AreaGeometry, type Ring } from './types.ts';

type Collection = { features: { properties: { area_name: string }; geometry: AreaGeometry }[] };
const districts = (JSON.parse(districtsText) as Collection).features;
const wards = (JSON.parse(wardsText) as Collection).features;

const square: Ring = [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [1, 2.0001], [0, 2], [0, 1], [0, 0]];

function everyRing(geometry: AreaGeometry): Ring[] {
  return polygonsOf(geometry).flat();
}

describe(simplifyRing.name, () => {
  it('should drop points within the tolerance and keep the ring closed', () => {
    expect(simplifyRing(square, 0.01)).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
    expect(simplifyRing(square, 0)).toHaveLength(square.length - 1 /* the exactly collinear [1, 0] */ - 2 /* [2, 1] and [0, 1] */);
  });

  it('should close a ring given open, and give null for a ring that collapses', () => {
    expect(simplifyRing([[0, 0], [4, 0], [4, 3]], 0.1)).toEqual([[0, 0], [4, 0], [4, 3], [0, 0]]);
    expect(simplifyRing([[0, 0], [10, 0.01], [10, 0], [0, 0]], 0.1)).toBeNull();
    expect(simplifyRing([[1, 1], [1, 1], [1, 1], [1, 1]], 0)).toBeNull();
    expect(simplifyRing([], 1)).toBeNull();
  });
});

describe(simplifyGeometry.name, () => {
  it('should drop collapsed holes and polygons, keep the type, and give null when nothing is left', () => {
    const hole: Ring = [[0.5, 0.5], [0.51, 0.5], [0.5, 0.51], [0.5, 0.5]];
    const speck: Ring = [[5, 5], [5.001, 5], [5, 5.001], [5, 5]];
    const multi: AreaGeometry = { type: 'MultiPolygon', coordinates: [[square, hole], [speck]] };
    expect(simplifyGeometry(multi, 0.1)).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]] });
    expect(simplifyGeometry({ type: 'Polygon', coordinates: [speck] }, 0.1)).toBeNull();
  });

  // 0.001° is about 110 m north–south and 66 m east–west here: under 2 px on a 1,000 px wide map of the force.
  it('should cut the Greater Manchester districts from 3,798 to 1,179 positions (69% fewer) at 0.001°, keeping their shape', () => {
    const before = districts.reduce((n, d) => n + countPositions(d.geometry), 0);
    let after = 0;
    for (const { properties, geometry } of districts) {
      const simplified = simplifyGeometry(geometry, 0.001);
      expect(simplified, properties.area_name).not.toBeNull();
      if (!simplified) {
        continue;
      }
      after += countPositions(simplified);
      for (const ring of everyRing(simplified)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
      // An extreme point can move by no more than the tolerance; here it moves by under 0.0008°.
      const [was, now] = [boundsOf([geometry]), boundsOf([simplified])];
      now?.forEach((edge, i) => expect(Math.abs(edge - (was?.[i] ?? NaN)), properties.area_name).toBeLessThanOrEqual(0.001));
      const [areaBefore, areaAfter] = [polygonArea(polygonsOf(geometry)[0] ?? []), polygonArea(polygonsOf(simplified)[0] ?? [])];
      expect(Math.abs(areaAfter / areaBefore - 1), properties.area_name).toBeLessThan(0.01);
    }
    expect(before).toBe(3798);
    expect(after).toBe(1179);
  });

  it('should cut them by more than 90% (to 309 positions) at 0.005°, still dropping no district', () => {
    const simplified = districts.map((d) => simplifyGeometry(d.geometry, 0.005));
    expect(simplified.every((g) => g !== null && everyRing(g).every((r) => r.length >= 4))).toBe(true);
    expect(simplified.reduce((n, g) => n + (g ? countPositions(g) : 0), 0)).toBe(309);
  });

  it('should keep every one of the 215 super-generalised wards at 0.002°', () => {
    expect(wards.filter((w) => simplifyGeometry(w.geometry, 0.002) === null)).toEqual([]);
  });
});

describe(boundsOf.name, () => {
  it('should bound every district, and give null for nothing', () => {
    const [west, south, east, north] = boundsOf(districts.map((d) => d.geometry)) ?? [];
    expect([west, south, east, north].map((n) => n?.toFixed(3))).toEqual(['-2.730', '53.327', '-1.910', '53.686']);
    expect(boundsOf([])).toBeNull();
  });
});

describe(fitProjection.name, () => {
  const bbox = boundsOf(districts.map((d) => d.geometry)) ?? [0, 0, 1, 1];

  it('should fit the force into the box with padding, north up, keeping the corrected aspect', () => {
    const projection = fitProjection(bbox, { width: 320, height: 320, padding: 8 });
    const [x0, y0] = projection.project([bbox[0], bbox[1]]);
    const [x1, y1] = projection.project([bbox[2], bbox[3]]);
    expect(x0).toBeCloseTo(8);
    expect(x1).toBeCloseTo(312);
    expect(y1).toBeLessThan(y0);
    expect((y0 + y1) / 2).toBeCloseTo(160);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(projectedAspect(bbox));
    // At 53.5°N a degree of longitude is cos(53.5°) ≈ 0.595 of a degree of latitude.
    expect(projectedAspect(bbox)).toBeCloseTo(((bbox[2] - bbox[0]) * 0.5948) / (bbox[3] - bbox[1]), 2);
  });

  it('should invert what it projects', () => {
    const projection = fitProjection(bbox, { width: 640, height: 480, padding: 12 });
    const [lon, lat] = projection.invert(projection.project([-2.3, 53.45]));
    expect(lon).toBeCloseTo(-2.3, 9);
    expect(lat).toBeCloseTo(53.45, 9);
  });
});

describe(svgPath.name, () => {
  it('should write one closed subpath per ring, to one decimal, without repeated points', () => {
    const geometry: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [10.04, 0], [10.01, 0.02], [10, 10.26], [0, 10], [0, 0]],
        [[2, 2], [3, 2], [3, 3], [2, 2]],
      ],
    };
    expect(svgPath(geometry)).toBe('M0 0L10 0L10 10.3L0 10ZM2 2L3 2L3 3Z');
  });

  it('should draw all ten districts at 320 px in 16 kB rather than 42 kB once simplified to half a pixel', () => {
    const projection = fitProjection(boundsOf(districts.map((d) => d.geometry)) ?? [0, 0, 1, 1], { width: 320, height: 240, padding: 8 });
    const simplified = districts.map((d) => simplifyGeometry(d.geometry, 0.5 / projection.scale) ?? d.geometry);
    const paths = simplified.map((g) => svgPath(projectGeometry(g, projection)));
    expect(paths.every((d) => /^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z$/.test(d))).toBe(true);
    expect(simplified.reduce((n, g) => n + countPositions(g), 0)).toBe(1430);
    expect(paths.join('').length).toBeLessThan(16_000);
    expect(districts.map((d) => svgPath(projectGeometry(d.geometry, projection))).join('').length).toBeGreaterThan(40_000);
  });
});

describe(isAreaGeometry.name, () => {
  it('should accept polygons and multipolygons and refuse anything else', () => {
    expect(districts.every((d) => isAreaGeometry(d.geometry))).toBe(true);
    expect(isAreaGeometry({ type: 'MultiPolygon', coordinates: [[[[0, 0, 12], [1, 0], [1, 1], [0, 0]]]] })).toBe(true);
    expect(isAreaGeometry({ type: 'Point', coordinates: [0, 0] })).toBe(false);
    expect(isAreaGeometry({ type: 'Polygon', coordinates: [[['0', 0]]] })).toBe(false);
    expect(isAreaGeometry(null)).toBe(false);
  });
});
