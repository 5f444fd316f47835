import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { systemActor } from './actor.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
});
afterAll(() => test.close());

describe('importing postcodes', () => {
  it('should read ONS Postcode Directory column names and normalise postcodes', async () => {
    const csv = 'pcds,lat,long,lsoa21,osward,oslaua\r\nm15 4ab,53.465578,-2.26046,E01034001,E05015247,E08000009\r\nWA15  8AA,53.38,-2.35,,,E08000009\r\n';
    const result = await test.services.postcodes.importPostcodes(systemActor('test'), csv);
    expect(result).toEqual({ imported: 2, refused: [] });
    const row = await test.database.db.selectFrom('postcodes').selectAll().where('postcode', '=', 'M15 4AB').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ latitude: 53.465578, ward_code: 'E05015247', district_code: 'E08000009' });
    expect(await test.database.db.selectFrom('postcodes').select('postcode').where('postcode', '=', 'WA15 8AA').executeTakeFirst()).toBeDefined();
  });

  it('should import nothing and list every bad row', async () => {
    const csv = 'postcode,lat,lon\nSW1A 1AA,51.501,-0.141\nNOT IT,51,0\nE1 6AN,north,0\n';
    const result = await test.services.postcodes.importPostcodes(systemActor('test'), csv);
    expect(result.imported).toBe(0);
    expect(result.refused.map((r) => r.row)).toEqual([3, 4]);
    expect(await test.database.db.selectFrom('postcodes').select('postcode').where('postcode', '=', 'SW1A 1AA').executeTakeFirst()).toBeUndefined();
  });

  it('should say when there is no postcode column', async () => {
    const result = await test.services.postcodes.importPostcodes(systemActor('test'), 'code,lat\nX,1\n');
    expect(result.refused[0]?.message).toMatch(/no postcode column/);
  });
});
