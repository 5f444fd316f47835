import type { Db } from '../db/connect.ts';
import { inForceScope, inSystemScope } from '../db/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import type { AreaLevel } from '../../shared/platform/contract.ts';
import type { Actor, SystemActor } from './actor.ts';
import { findForceOrFail } from './forces.service.ts';
import { readBoundaries, type BoundaryFields, type BoundaryProblem } from './boundaries.ts';
import * as areas from './areas.repository.ts';

export interface BoundaryImportResult {
  imported: number;
  refused: BoundaryProblem[];
}

export function createAreasService(deps: { db: Db }) {
  const { db } = deps;

  /** Areas are not personal data: any signed-in member of staff may list their force's areas. */
  function listAreas(actor: Actor): Promise<areas.AreaSummaryRow[]> {
    return inForceScope(db, { forceIds: [actor.forceId] }, (trx) => areas.listAreas(trx));
  }

  /** One area by id. No force filter in the query: row-level security decides what exists. */
  function getArea(actor: Actor, id: string): Promise<areas.AreaSummaryRow> {
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      const area = await areas.findArea(trx, id);
      if (!area) {
        throw notFound('area');
      }
      return area;
    });
  }

  function getBoundary(actor: Actor, id: string): Promise<unknown> {
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      const area = await areas.findArea(trx, id);
      if (!area) {
        throw notFound('area');
      }
      return areas.findAreaBoundary(trx, id);
    });
  }

  /**
   * Imports areas with their boundaries from GeoJSON text. All or nothing: if any feature is
   * refused (or names a parent the force does not have) nothing is written, and every problem is listed.
   */
  async function importBoundaries(
    actor: SystemActor,
    input: { forceCode: string; level: AreaLevel; text: string; fields: BoundaryFields },
  ): Promise<BoundaryImportResult> {
    const { features, problems } = readBoundaries(input.text, input.fields);
    if (input.level === 'neighbourhood' && !input.fields.parentProperty) {
      throw validationFailed([{ field: 'parentProperty', message: 'neighbourhoods need the property naming their policing area' }]);
    }
    return inSystemScope(db, async (trx) => {
      const force = await findForceOrFail(trx, input.forceCode);
      const parentCodes = [...new Set(features.flatMap((f) => (f.parentCode ? [f.parentCode] : [])))];
      const parents = await areas.findAreaIdsByCode(trx, force.id, parentCodes);
      const rows: areas.AreaUpsert[] = [];
      features.forEach((f, i) => {
        const parentId = input.level === 'neighbourhood' ? parents.get(f.parentCode ?? '') : null;
        if (parentId === undefined) {
          problems.push({ feature: i + 1, message: `no policing area with code "${f.parentCode ?? ''}" in ${force.code}` });
          return;
        }
        rows.push({ forceId: force.id, parentId, level: input.level, code: f.code, name: f.name, boundary: JSON.stringify(f.geometry) });
      });
      if (problems.length > 0) {
        return { imported: 0, refused: problems };
      }
      const imported = await areas.upsertAreas(trx, rows);
      await recordAudit(trx, actor, {
        action: 'areas.imported',
        forceId: force.id,
        recordType: 'area',
        details: { level: input.level, count: imported },
      });
      return { imported, refused: [] };
    });
  }

  return { listAreas, getArea, getBoundary, importBoundaries };
}

export type AreasService = ReturnType<typeof createAreasService>;
