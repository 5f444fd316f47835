import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestApp, type TestApp } from '../test/harness.ts';
import { systemActor } from './actor.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

const fields = { codeProperty: 'area_code', nameProperty: 'area_name' };
const actor = systemActor('test');
const feature = (properties: Record<string, unknown>, ring = [[-2.3, 53.4], [-2.29, 53.4], [-2.29, 53.41], [-2.3, 53.41], [-2.3, 53.4]]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const count = async () => (await test.database.db.selectFrom('lsoas').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;

describe('importing LSOAs', () => {
  it("should import Greater Manchester's 1,702 LSOAs with a map point inside each, and again without duplicates", async () => {
    const text = readFileSync(new URL('../../../assets/geo/gm_lsoa_super_generalised.geojson', import.meta.url), 'utf8');
    expect(await test.services.lsoas.importLsoas(actor, { text, fields })).toEqual({ imported: 1702, refused: [] });
    expect(await test.services.lsoas.importLsoas(actor, { text, fields })).toEqual({ imported: 1702, refused: [] });
    expect(Number(await count())).toBe(1702);
    const row = await test.database.db.selectFrom('lsoas').select(['name', 'point_latitude', 'point_longitude']).where('code', '=', 'E01006112').executeTakeFirstOrThrow();
    expect(row.name).toBe('Trafford 001D');
    expect(row.point_latitude).toBeCloseTo(53.46, 1);
    expect((await auditRows(test, 'lsoas.imported'))[0]).toMatchObject({ record_type: 'lsoa', details: { count: 1702 } });
  });

  it('should refuse bad input, naming the feature and the property, and import nothing', async () => {
    const before = await count();
    const refuse = async (text: string, f = fields) => (await test.services.lsoas.importLsoas(actor, { text, fields: f })).refused;
    expect(await refuse('not json')).toEqual([{ feature: 0, message: 'the file is not JSON' }]);
    expect((await refuse('{"type":"Topology"}'))[0]?.message).toContain('FeatureCollection');
    expect(await refuse(collection())).toEqual([{ feature: 0, message: 'the file has no features' }]);
    const problems = await refuse(
      collection(
        feature({ area_code: 'E01999991', area_name: 'Good 001A' }),
        feature({ area_name: 'No code 001A' }),
        feature({ area_code: 'E05011350', area_name: 'A ward, not an LSOA' }),
        feature({ area_code: 'E01999992' }),
        feature({ area_code: 'E01999991', area_name: 'Twice 001A' }),
        feature({ area_code: 'E01999993', area_name: 'Grid 001A' }, [[383000, 398000], [384000, 398000], [384000, 399000], [383000, 398000]]),
        { type: 'Feature', properties: { area_code: 'E01999994', area_name: 'Point' }, geometry: { type: 'Point', coordinates: [-2.3, 53.4] } },
      ),
    );
    expect(problems).toEqual([
      { feature: 2, message: 'property "area_code" is missing' },
      { feature: 3, message: 'property "area_code": "E05011350" is not an LSOA code (E01 or W01 and six digits)' },
      { feature: 4, message: 'property "area_name" is missing' },
      { feature: 5, message: 'property "area_code": "E01999991" appears twice' },
      { feature: 6, message: expect.stringContaining('geometry: coordinates are not WGS84') },
      { feature: 7, message: 'not a Polygon or MultiPolygon feature' },
    ]);
    expect((await refuse(collection(feature({ LSOA21CD: 'E01999991', LSOA21NM: 'X' }))))[0]?.message).toBe('property "area_code" is missing');
    expect(await count()).toBe(before);
  });

  it("should read the ONS's own property names when told them", async () => {
    const result = await test.services.lsoas.importLsoas(actor, {
      text: collection(feature({ LSOA21CD: 'W01000001', LSOA21NM: 'Isle of Anglesey 007A' })),
      fields: { codeProperty: 'LSOA21CD', nameProperty: 'LSOA21NM' },
    });
    expect(result).toEqual({ imported: 1, refused: [] });
  });
});
