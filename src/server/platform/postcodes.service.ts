import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inSystemScope } from '../db/scope.ts';
import { CsvSyntaxError, parseCsv } from '../formats/csv-parse.ts';
import type { SystemActor } from './actor.ts';
import { upsertPostcodes, type PostcodeRow } from './areas.repository.ts';

// Column names as the ONS Postcode Directory and its common extracts spell them.
const COLUMNS = {
  postcode: ['postcode', 'pcds', 'pcd', 'pcd2'],
  latitude: ['lat', 'latitude'],
  longitude: ['lon', 'long', 'lng', 'longitude'],
  lsoa: ['lsoa_code', 'lsoa21', 'lsoa21cd', 'lsoa11', 'lsoa11cd'],
  ward: ['ward_code', 'osward', 'wd23cd', 'wd22cd'],
  district: ['la_code', 'oslaua', 'lad_code', 'lad23cd', 'lad22cd'],
} as const;

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;

export interface PostcodeImportResult {
  imported: number;
  refused: { row: number; message: string }[];
}

/**
 * The postcode lookup reports are placed with when they give a postcode and no point. Shared by
 * every force (postcodes are public geography). All or nothing, like every import.
 */
export function createPostcodesService(deps: { db: Db }) {
  async function importPostcodes(actor: SystemActor, text: string): Promise<PostcodeImportResult> {
    let records: string[][];
    try {
      records = parseCsv(text);
    } catch (error) {
      if (error instanceof CsvSyntaxError) {
        return { imported: 0, refused: [{ row: error.row, message: error.message }] };
      }
      throw error;
    }
    const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
    const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
    const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, names]) => [key, column(names)])) as Record<keyof typeof COLUMNS, number>;
    if (at.postcode < 0) {
      return { imported: 0, refused: [{ row: 1, message: `no postcode column (looked for ${COLUMNS.postcode.join(', ')})` }] };
    }
    const rows: PostcodeRow[] = [];
    const refused: PostcodeImportResult['refused'] = [];
    records.slice(1).forEach((record, index) => {
      const cell = (i: number) => (i >= 0 ? (record[i] ?? '').trim() : '');
      const raw = cell(at.postcode).toUpperCase().replace(/\s+/g, '');
      if (raw === '' && record.length === 1) {
        return; // a blank line
      }
      const postcode = `${raw.slice(0, -3)} ${raw.slice(-3)}`;
      const number = (i: number) => (cell(i) === '' ? null : Number(cell(i)));
      const latitude = number(at.latitude);
      const longitude = number(at.longitude);
      if (!POSTCODE.test(postcode)) {
        refused.push({ row: index + 2, message: `"${cell(at.postcode)}" is not a UK postcode` });
      } else if ([latitude, longitude].some((n) => n !== null && !Number.isFinite(n))) {
        refused.push({ row: index + 2, message: 'latitude and longitude must be numbers' });
      } else {
        rows.push({ postcode, latitude, longitude, lsoa_code: cell(at.lsoa) || null, ward_code: cell(at.ward) || null, district_code: cell(at.district) || null });
      }
    });
    if (refused.length > 0) {
      return { imported: 0, refused };
    }
    return inSystemScope(deps.db, async (trx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        await upsertPostcodes(trx, rows.slice(i, i + 1000));
      }
      await recordAudit(trx, actor, { action: 'postcodes.imported', forceId: null, recordType: 'postcode', details: { count: rows.length } });
      return { imported: rows.length, refused: [] };
    });
  }

  return { importPostcodes };
}

export type PostcodesService = ReturnType<typeof createPostcodesService>;
