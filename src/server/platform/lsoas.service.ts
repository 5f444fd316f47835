import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inSystemScope } from '../db/scope.ts';
import type { SystemActor } from './actor.ts';
import { readBoundaries, type BoundaryProblem } from './boundaries.ts';
import { bboxOf, flatGeometry, snapPointOf } from './lsoa-geometry.ts';
import { upsertLsoas, type LsoaUpsert } from './lsoas.repository.ts';

/** ONS LSOA codes: E01 (England) or W01 (Wales) and six digits, for the 2011 and 2021 releases alike. */
const LSOA_CODE = /^[EW]01[0-9]{6}$/;

export interface LsoaFields {
  /** The feature property holding the LSOA code: `area_code` in Trafford Data Lab's files, `LSOA21CD` in the ONS's. */
  codeProperty: string;
  /** The feature property holding the LSOA name, e.g. `area_name` or `LSOA21NM`. */
  nameProperty: string;
}

export interface LsoaImportResult {
  imported: number;
  refused: BoundaryProblem[];
}

/**
 * LSOA boundaries (national public reference data, shared by every force, like the postcode
 * lookup): imported from a GeoJSON FeatureCollection in WGS84, all or nothing. Each LSOA's anonymous
 * map point for the street-level crime export is computed here, once.
 */
export function createLsoasService(deps: { db: Db }) {
  async function importLsoas(actor: SystemActor, input: { text: string; fields: LsoaFields }): Promise<LsoaImportResult> {
    const { fields } = input;
    const { features, problems } = readBoundaries(input.text, fields);
    const rows: LsoaUpsert[] = [];
    const seen = new Set<string>();
    features.forEach((f) => {
      const { feature } = f;
      const geometry = flatGeometry(f.geometry);
      const [w, s, e, n] = bboxOf(geometry);
      if (!LSOA_CODE.test(f.code)) {
        problems.push({ feature, message: `property "${fields.codeProperty}": "${f.code}" is not an LSOA code (E01 or W01 and six digits)` });
      } else if (seen.has(f.code)) {
        problems.push({ feature, message: `property "${fields.codeProperty}": "${f.code}" appears twice` });
      } else if (!(w >= -180 && e <= 180 && s >= -90 && n <= 90)) {
        problems.push({ feature, message: 'geometry: coordinates are not WGS84 longitude and latitude (reproject from British National Grid first)' });
      } else {
        seen.add(f.code);
        const point = snapPointOf(geometry);
        rows.push({ code: f.code, name: f.name, boundary: JSON.stringify(geometry), bbox: [w, s, e, n], pointLatitude: point.latitude, pointLongitude: point.longitude });
      }
    });
    if (problems.length > 0) {
      return { imported: 0, refused: problems.sort((a, b) => a.feature - b.feature) };
    }
    if (rows.length === 0) {
      return { imported: 0, refused: [{ feature: 0, message: 'the file has no features' }] };
    }
    return inSystemScope(deps.db, async (trx) => {
      let imported = 0;
      for (let i = 0; i < rows.length; i += 500) {
        imported += await upsertLsoas(trx, rows.slice(i, i + 500));
      }
      await recordAudit(trx, actor, { action: 'lsoas.imported', forceId: null, recordType: 'lsoa', details: { count: imported } });
      return { imported, refused: [] };
    });
  }

  return { importLsoas };
}

export type LsoasService = ReturnType<typeof createLsoasService>;
