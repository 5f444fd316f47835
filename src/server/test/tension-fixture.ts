import { sql } from 'kysely';
import { systemActor } from '../platform/actor.ts';
import type { TestApp } from './harness.ts';

/** Two square policing areas for a test force; returns their ids by code. */
export async function addTwoAreas(test: TestApp, forceCode: string): Promise<{ north: string; south: string }> {
  const square = (x: number) => [[[x, 51], [x + 0.1, 51], [x + 0.1, 51.1], [x, 51.1], [x, 51]]];
  await test.services.areas.importBoundaries(systemActor('test'), {
    forceCode,
    level: 'policing_area',
    text: JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: `${forceCode}N`, name: 'North East' }, geometry: { type: 'Polygon', coordinates: square(-2) } },
        { type: 'Feature', properties: { code: `${forceCode}S`, name: 'South' }, geometry: { type: 'Polygon', coordinates: square(-2.2) } },
      ],
    }),
    fields: { codeProperty: 'code', nameProperty: 'name' },
  });
  const rows = await test.database.db.selectFrom('areas').innerJoin('forces', 'forces.id', 'areas.force_id').select(['areas.id', 'areas.code']).where('forces.code', '=', forceCode).execute();
  const id = (code: string) => rows.find((r) => r.code === code)?.id ?? '';
  return { north: id(`${forceCode}N`), south: id(`${forceCode}S`) };
}

let serial = 0;

/**
 * Writes synthetic reports straight into the table (as the system), `perDay` a day for `days` days
 * ending `endDaysAgo` days ago, at midday UTC: a quiet baseline for the signal tests.
 */
export async function backfillReports(
  test: TestApp,
  options: { forceCode: string; areaId: string | null; strands: string[]; perDay: number; days: number; endDaysAgo?: number; kind?: string; at?: string },
): Promise<void> {
  const { forceCode, areaId, strands, perDay, days, endDaysAgo = 1, kind = 'hate_crime' } = options;
  const batch = serial++;
  await sql`
    insert into reports (force_id, reference, kind, channel, description, language, language_detected, occurred_at,
                         strands, area_id, reporter_role, anonymous, secret_hash, received_at)
    select f.id, ${forceCode} || '-T-' || ${batch} || '-' || d || '-' || n, ${kind}, 'call', 'Synthetic baseline report for the signal tests.', 'en', false,
           t, ${`{${strands.join(',')}}`}::text[], ${areaId}::uuid, 'victim', true, 'x', t
      from forces f,
           generate_series(0, ${days - 1}) as d,
           generate_series(1, ${perDay}) as n,
           lateral (select coalesce(${options.at ?? null}::timestamptz, date_trunc('day', now()) + interval '12 hours')
                           - make_interval(days => d + ${endDaysAgo}) + make_interval(mins => n) as t) as times
     where f.code = ${forceCode}`.execute(test.database.db);
}
