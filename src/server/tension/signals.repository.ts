import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/**
 * SQL for signals: daily counts of hate crimes and incidents per series (policing area × strand,
 * and their totals), and the signals raised from them. Days are London days: the caller passes the
 * instants each day starts, and `width_bucket` puts every report in its day without the database
 * needing time-zone data (PGlite has none).
 */

const NO_AREA = '00000000-0000-0000-0000-000000000000';

export interface SeriesCount {
  /** 1-based index into the day boundaries the caller gave. */
  day: number;
  area_id: string | null;
  strand: string | null;
  n: number;
}

/**
 * Counts per day for every series at once. `starts` are the instants each day begins, oldest first,
 * followed by the end of the last day. A report with two strands counts in both strands' series and
 * once in the all-strands series; reports not placed in an area count only force-wide.
 */
export async function dailyCounts(trx: Trx, forceId: string, starts: Date[]): Promise<SeriesCount[]> {
  const from = starts[0];
  const to = starts[starts.length - 1];
  if (!from || !to) {
    return [];
  }
  const bounds = `{${starts.map((s) => s.toISOString()).join(',')}}`;
  const result = await sql<SeriesCount & { whole_force: number }>`
    with r as (
      select area_id, strands, width_bucket(received_at, ${bounds}::timestamptz[]) as day
        from reports
       where force_id = ${forceId} and kind <> 'concern' and not exercise and received_at >= ${from} and received_at < ${to})
    select day, area_id, null::text as strand, grouping(area_id)::int as whole_force, count(*)::int as n
      from r group by grouping sets ((day, area_id), (day))
    union all
    select day, area_id, strand, grouping(area_id)::int as whole_force, count(*)::int as n
      from r cross join lateral unnest(r.strands) as strand group by grouping sets ((day, area_id, strand), (day, strand))`.execute(trx);
  // Reports outside every area appear once grouped by their null area: the whole-force rows count them already.
  return result.rows.filter((row) => row.whole_force === 1 || row.area_id !== null).map(({ day, area_id, strand, n }) => ({ day, area_id, strand, n }));
}

/** The force's policing areas, for naming series. */
export function policingAreas(trx: Trx, forceId: string) {
  return trx.selectFrom('areas').select(['id', 'name']).where('force_id', '=', forceId).where('level', '=', 'policing_area').orderBy('name').execute();
}

export interface SignalUpsert {
  force_id: string;
  area_id: string | null;
  strand: string | null;
  day: string;
  level: 'amber' | 'red';
  observed: number;
  expected: number;
  upper: number;
  ratio: number;
  reason: string;
}

/**
 * Raises a signal, or brings today's up to date as more reports arrive. A signal never drops back
 * from red; one that turns from amber to red is opened again even if it had been acknowledged or
 * dismissed, because it now says something new.
 */
export async function upsertSignal(trx: Trx, s: SignalUpsert): Promise<{ id: string; raised: boolean; escalated: boolean }> {
  const result = await sql<{ id: string; raised: boolean; escalated: boolean }>`
    with before as (
      select level from tension_signals
       where force_id = ${s.force_id} and coalesce(area_id, ${NO_AREA}::uuid) = coalesce(${s.area_id}::uuid, ${NO_AREA}::uuid)
         and coalesce(strand, '') = coalesce(${s.strand}::text, '') and day = ${s.day}::date)
    insert into tension_signals as t (force_id, area_id, strand, day, level, observed, expected, upper, ratio, reason)
    values (${s.force_id}, ${s.area_id}, ${s.strand}, ${s.day}::date, ${s.level}, ${s.observed}, ${s.expected}, ${s.upper}, ${s.ratio}, ${s.reason})
    on conflict (force_id, coalesce(area_id, ${sql.lit(NO_AREA)}::uuid), coalesce(strand, ''), day) do update set
      level = case when t.level = 'red' then 'red' else excluded.level end,
      observed = greatest(t.observed, excluded.observed),
      expected = excluded.expected,
      upper = excluded.upper,
      ratio = excluded.ratio,
      reason = excluded.reason,
      status = case when t.level = 'amber' and excluded.level = 'red' then 'open' else t.status end,
      updated_at = now()
    returning t.id, (select count(*) = 0 from before) as raised,
      coalesce((select level from before) = 'amber' and t.level = 'red', false) as escalated`.execute(trx);
  const row = result.rows[0];
  if (!row) {
    throw new Error('signal upsert returned nothing');
  }
  return row;
}

function signals(trx: Trx) {
  return trx
    .selectFrom('tension_signals as s')
    .leftJoin('areas as a', 'a.id', 's.area_id')
    .leftJoin('users as u', 'u.id', 's.status_by')
    .select([
      's.id',
      's.force_id',
      's.area_id',
      'a.name as area_name',
      's.strand',
      's.day',
      's.level',
      's.observed',
      's.expected',
      's.upper',
      's.ratio',
      's.reason',
      's.status',
      's.status_reason',
      'u.name as status_by_name',
      's.status_at',
      's.raised_at',
    ]);
}
export type SignalRow = Awaited<ReturnType<ReturnType<typeof signals>['execute']>>[number];

export function listSignals(trx: Trx, forceId: string, filter: { status?: 'open' | 'acknowledged' | 'dismissed'; areaId?: string; since?: string }): Promise<SignalRow[]> {
  let query = signals(trx).where('s.force_id', '=', forceId);
  if (filter.status) {
    query = query.where('s.status', '=', filter.status);
  }
  if (filter.areaId) {
    query = query.where('s.area_id', '=', filter.areaId);
  }
  if (filter.since) {
    query = query.where('s.day', '>=', filter.since);
  }
  return query
    .orderBy(sql`s.status = 'open'`, 'desc')
    .orderBy(sql`s.level = 'red'`, 'desc')
    .orderBy('s.day', 'desc')
    .orderBy('s.ratio', 'desc')
    .limit(200)
    .execute();
}

export function findSignal(trx: Trx, id: string): Promise<SignalRow | undefined> {
  return signals(trx).where('s.id', '=', id).executeTakeFirst();
}

export async function decideSignal(trx: Trx, id: string, status: 'acknowledged' | 'dismissed', reason: string, userId: string): Promise<void> {
  await trx
    .updateTable('tension_signals')
    .set({ status, status_reason: reason || null, status_by: userId, status_at: new Date(), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The reports behind one series on one London day [from, to). */
export function reportsOfSeries(trx: Trx, forceId: string, areaId: string | null, strand: string | null, from: Date, to: Date) {
  let query = trx
    .selectFrom('reports')
    .select(['id', 'reference', 'kind', 'strands', 'received_at'])
    .where('force_id', '=', forceId)
    .where('kind', '<>', 'concern')
    .where('received_at', '>=', from)
    .where('received_at', '<', to);
  if (areaId) {
    query = query.where('area_id', '=', areaId);
  }
  if (strand) {
    query = query.where(sql<boolean>`${strand} = any(strands)`);
  }
  return query.orderBy('received_at').limit(500).execute();
}
