import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** SQL for the tension picture: boundaries, and what happened in an area over recent days. */

export function policingAreaBoundaries(trx: Trx, forceId: string) {
  return trx
    .selectFrom('areas')
    .select(['id', 'code', 'name', 'boundary'])
    .where('force_id', '=', forceId)
    .where('level', '=', 'policing_area')
    .orderBy('name')
    .execute();
}

/** Open signals per policing area (null: force-wide series). */
export async function openSignalCounts(trx: Trx, forceId: string): Promise<Map<string | null, number>> {
  const rows = await trx
    .selectFrom('tension_signals')
    .select(['area_id', sql<number>`count(*)::int`.as('n')])
    .where('force_id', '=', forceId)
    .where('status', '=', 'open')
    .groupBy('area_id')
    .execute();
  return new Map(rows.map((r) => [r.area_id, r.n]));
}

/** Reports received in an area (the policing area or one of its neighbourhoods) since `since`, newest first. */
export function areaReports(trx: Trx, forceId: string, areaId: string, since: Date, limit: number) {
  return trx
    .selectFrom('reports')
    .select(['id', 'reference', 'kind', 'channel', 'strands', 'received_at', sql<string>`left(coalesce(translation, description), 160)`.as('excerpt')])
    .where('force_id', '=', forceId)
    .where((eb) => eb.or([eb('area_id', '=', areaId), eb('neighbourhood_id', '=', areaId)]))
    .where('received_at', '>=', since)
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}

export function areaSignals(trx: Trx, forceId: string, areaId: string, sinceDay: string) {
  return trx
    .selectFrom('tension_signals')
    .select(['id', 'strand', 'day', 'level', 'reason', 'status', 'raised_at'])
    .where('force_id', '=', forceId)
    .where('area_id', '=', areaId)
    .where('day', '>=', sinceDay)
    .orderBy('raised_at', 'desc')
    .execute();
}

/** The latest version of each CIA naming this area and saved since `since`. */
export async function areaCias(trx: Trx, forceId: string, areaId: string, since: Date) {
  const rows = await sql<{ cia_id: string; version: number; title: string; saved_at: Date; signed_off_at: Date | null }>`
    select distinct on (cia_id) cia_id, version, title, saved_at, signed_off_at
      from cia_versions
     where force_id = ${forceId} and saved_at >= ${since} and content -> 'areaIds' ? ${areaId}
     order by cia_id, version desc`.execute(trx);
  return rows.rows;
}
