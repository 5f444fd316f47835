import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../shared/geo/types.ts';
import { readBoundaries } from './boundaries.ts';
import { bboxOf, containsPoint, flatGeometry, snapPointOf } from './lsoa-geometry.ts';

const square = (x: number, y: number, size: number): [number, number][] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('LSOA geometry', () => {
  it('should test points against polygons with holes and several parts', () => {
    const donut: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [square(0, 0, 4), [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]],
        [square(10, 10, 1)],
      ],
    };
    expect(containsPoint(donut, 0.5, 0.5)).toBe(true);
    expect(containsPoint(donut, 2, 2)).toBe(false); // in the hole
    expect(containsPoint(donut, 10.5, 10.5)).toBe(true);
    expect(containsPoint(donut, 5, 5)).toBe(false);
    expect(bboxOf(donut)).toEqual([0, 0, 11, 11]);
  });

  it('should put the map point inside a U-shaped area, where a centroid would fall outside', () => {
    const u: AreaGeometry = { type: 'Polygon', coordinates: [[[0, 53], [3, 53], [3, 53.3], [2, 53.3], [2, 53.1], [1, 53.1], [1, 53.3], [0, 53.3], [0, 53]]] };
    const point = snapPointOf(u);
    expect(containsPoint(u, point.longitude, point.latitude)).toBe(true);
    expect(Number.isInteger(point.latitude * 1e6)).toBe(true);
  });

  it("should put every Greater Manchester LSOA's map point inside that LSOA, and in no other", () => {
    const text = readFileSync(new URL('../../../assets/geo/gm_lsoa_super_generalised.geojson', import.meta.url), 'utf8');
    const { features, problems } = readBoundaries(text, { codeProperty: 'area_code', nameProperty: 'area_name' });
    expect(problems).toEqual([]);
    expect(features).toHaveLength(1702);
    const geometries = features.map((f) => ({ code: f.code, geometry: flatGeometry(f.geometry), box: bboxOf(flatGeometry(f.geometry)) }));
    for (const { code, geometry } of geometries) {
      const { latitude, longitude } = snapPointOf(geometry);
      const holders = geometries.filter(({ box: [w, s, e, n], geometry: g }) => longitude >= w && longitude <= e && latitude >= s && latitude <= n && containsPoint(g, longitude, latitude));
      expect(holders.map((h) => h.code), code).toEqual([code]);
    }
  });
});
