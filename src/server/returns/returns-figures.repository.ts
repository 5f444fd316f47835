import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/**
 * Counting for every return (the PCC report, the daily management pack, …): hate crimes and hate
 * incidents as *reported* (`reports.kind`), received in [from, to), never exercises or community
 * concerns. One query per call, so a return's figures come from one consistent read.
 */

export type HateKind = 'hate_crime' | 'hate_incident';

/**
 * One count. `strand` null: every report once (whatever its strands); otherwise the reports with
 * that strand, so a report with two strands counts once under each. `allAreas` true: force-wide;
 * otherwise `areaId` is the policing area, null meaning "no area recorded". `decision` set: the
 * force-wide count of those reports now carrying that recording decision.
 */
export interface HateCount {
  kind: HateKind;
  allAreas: boolean;
  areaId: string | null;
  strand: string | null;
  decision: 'crime' | 'nchi' | null;
  n: number;
}

/**
 * Hate crimes and incidents received in [from, to) by kind, and by strand, policing area and
 * area × strand, in one pass; and, force-wide, how many are now recorded as crimes or NCHIs.
 */
export async function hateCounts(trx: Trx, forceId: string, from: Date, to: Date): Promise<HateCount[]> {
  const result = await sql<{ kind: HateKind; all_areas: number; area_id: string | null; strand: string | null; decision: 'crime' | 'nchi' | null; n: number }>`
    with r as (
      select kind, area_id, strands, recording_decision from reports
       where force_id = ${forceId} and kind in ('hate_crime', 'hate_incident') and not exercise
         and received_at >= ${from} and received_at < ${to})
    select kind, grouping(area_id)::int as all_areas, area_id, null::text as strand, null::text as decision, count(*)::int as n
      from r group by grouping sets ((kind, area_id), (kind))
    union all
    select kind, grouping(area_id)::int, area_id, strand, null, count(*)::int
      from r cross join lateral unnest(r.strands) as strand
     group by grouping sets ((kind, area_id, strand), (kind, strand))
    union all
    select kind, 1, null, null, recording_decision, count(*)::int
      from r where recording_decision in ('crime', 'nchi') group by kind, recording_decision`.execute(trx);
  return result.rows.map((row) => ({ kind: row.kind, allAreas: row.all_areas === 1, areaId: row.area_id, strand: row.strand, decision: row.decision, n: row.n }));
}

/**
 * Sums the counts that match, e.g. `countOf(rows, { allAreas: true, strand: 'race' })` for race
 * across both kinds. Leaving `kind` out sums both kinds; leaving `strand` or `decision` out means
 * every report once, not by strand or decision.
 */
export function countOf(
  rows: readonly HateCount[],
  match: { kind?: HateKind; allAreas: boolean; areaId?: string | null; strand?: string; decision?: 'crime' | 'nchi' },
): number {
  return rows
    .filter(
      (r) =>
        r.allAreas === match.allAreas &&
        (match.kind === undefined || r.kind === match.kind) &&
        (match.areaId === undefined || r.areaId === match.areaId) &&
        r.strand === (match.strand ?? null) &&
        r.decision === (match.decision ?? null),
    )
    .reduce((sum, r) => sum + r.n, 0);
}

/** One bucket of a series: `bucket` is the 1-based index into the boundaries given. */
export interface BucketCount {
  bucket: number;
  kind: HateKind;
  strand: string | null;
  n: number;
}

/**
 * Counts per period for a trend: `starts` are the instants each period begins, oldest first,
 * then the end of the last. `width_bucket` places each report without the database needing
 * time-zone data (PGlite has none). `strand` null counts each report once.
 */
export async function bucketCounts(trx: Trx, forceId: string, starts: readonly Date[]): Promise<BucketCount[]> {
  const from = starts[0];
  const to = starts[starts.length - 1];
  if (!from || !to) {
    return [];
  }
  const bounds = `{${starts.map((s) => s.toISOString()).join(',')}}`;
  const result = await sql<BucketCount>`
    with r as (
      select kind, strands, width_bucket(received_at, ${bounds}::timestamptz[]) as bucket from reports
       where force_id = ${forceId} and kind in ('hate_crime', 'hate_incident') and not exercise
         and received_at >= ${from} and received_at < ${to})
    select bucket, kind, null::text as strand, count(*)::int as n from r group by bucket, kind
    union all
    select bucket, kind, strand, count(*)::int from r cross join lateral unnest(r.strands) as strand group by bucket, kind, strand`.execute(trx);
  return result.rows;
}

/** The force's policing areas, by name: every area appears in a return, even with no reports. */
export function policingAreas(trx: Trx, forceId: string): Promise<{ id: string; name: string }[]> {
  return trx.selectFrom('areas').select(['id', 'name']).where('force_id', '=', forceId).where('level', '=', 'policing_area').orderBy('name').execute();
}

/** The force's code and name, for a document's title block or a file's rows. */
export async function forceOf(trx: Trx, forceId: string): Promise<{ code: string; name: string }> {
  const row = await trx.selectFrom('forces').select(['code', 'name']).where('id', '=', forceId).executeTakeFirst();
  return row ?? { code: '', name: '' };
}
