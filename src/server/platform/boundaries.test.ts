import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoundaries } from './boundaries.ts';

const fields = { codeProperty: 'area_code', nameProperty: 'area_name', parentProperty: 'local_authority_area_code' };

describe(readBoundaries.name, () => {
  it('should read the real ONS ward boundaries shipped for the demo', () => {
    const text = readFileSync(new URL('../../../assets/geo/gm_ward_super_generalised.geojson', import.meta.url), 'utf8');
    const { features, problems } = readBoundaries(text, fields);
    expect(problems).toEqual([]);
    expect(features).toHaveLength(215);
    expect(features.find((f) => f.name === 'Ancoats & Beswick')).toMatchObject({ code: 'E05011350', parentCode: 'E08000003' });
  });

  it('should say plainly when the file is not GeoJSON', () => {
    expect(readBoundaries('<kml/>', fields).problems[0]?.message).toBe('the file is not JSON');
    expect(readBoundaries('{"type":"Feature"}', fields).problems[0]?.message).toContain('FeatureCollection');
  });
});
