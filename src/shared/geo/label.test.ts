import { describe, expect, it } from 'vitest';
import districtsText from '../../../assets/geo/gm_local_authority_generalised.geojson?raw';
import { labelPoint, poleOfInaccessibility, polygonArea, ringArea } from './label.ts';
import { boundsOf, fitProjection, projectGeometry } from './simplify.ts';
import { polygonsOf, type AreaGeometry, type Position, type Ring } from './types.ts';

type Collection = { features: { properties: { area_name: string }; geometry: AreaGeometry }[] };
const districts = (JSON.parse(districtsText) as Collection).features;

function inside([x, y]: Position, ring: Ring): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i] ?? [0, 0], ring[j] ?? [0, 0]];
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
      result = !result;
    }
  }
  return result;
}

describe('areas', () => {
  it('should measure rings with their winding, and polygons less their holes', () => {
    expect(ringArea([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]])).toBe(4);
    expect(ringArea([[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]])).toBe(-4);
    expect(polygonArea([[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]])).toBe(15);
  });
});

describe(poleOfInaccessibility.name, () => {
  it('should find the middle of a square, with its half-width as room', () => {
    const { point, distance } = poleOfInaccessibility([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]], 0.01);
    expect(point[0]).toBeCloseTo(5, 1);
    expect(point[1]).toBeCloseTo(5, 1);
    expect(distance).toBeCloseTo(5, 1);
  });

  it('should stay inside a U shape, whose centroid is in the gap', () => {
    const u: Ring = [[0, 0], [30, 0], [30, 30], [20, 30], [20, 10], [10, 10], [10, 30], [0, 30], [0, 0]];
    const { point, distance } = poleOfInaccessibility([u], 0.1);
    expect(inside(point, u)).toBe(true);
    expect(distance).toBeGreaterThanOrEqual(4.9);
  });
});

describe(labelPoint.name, () => {
  it('should put every Greater Manchester district’s label inside it, with room to write', () => {
    const bbox = boundsOf(districts.map((d) => d.geometry)) ?? [0, 0, 1, 1];
    const projection = fitProjection(bbox, { width: 640, height: 480 });
    for (const { properties, geometry } of districts) {
      const projected = projectGeometry(geometry, projection);
      const label = labelPoint(projected);
      expect(label, properties.area_name).not.toBeNull();
      expect(inside(label?.point ?? [NaN, NaN], polygonsOf(projected)[0]?.[0] ?? []), properties.area_name).toBe(true);
      // Every district is at least 40 px across on a 640 px map: a line of text fits at its label point.
      expect(label?.distance, properties.area_name).toBeGreaterThan(20);
    }
  });

  it('should label the largest polygon of a multipolygon', () => {
    const small: Ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const large: Ring = [[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]];
    const label = labelPoint({ type: 'MultiPolygon', coordinates: [[small], [large]] }, 0.01);
    expect(label?.point[0]).toBeCloseTo(15, 1);
  });
});
