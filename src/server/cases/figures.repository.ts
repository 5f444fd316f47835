import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

export interface PeriodRow {
  total: number;
  hate_crimes: number;
  hate_incidents: number;
  by_strand: Record<string, number> | null;
  by_area: { areaId: string | null; name: string; count: number }[] | null;
}

/** Hate crimes and incidents received in [from, to), counted in the database in one pass. */
export async function periodFigures(trx: Trx, forceId: string, from: Date, to: Date): Promise<PeriodRow> {
  const result = await sql<PeriodRow>`
    with r as (
      select id, kind, strands, area_id from reports
       where force_id = ${forceId} and kind <> 'concern' and not exercise and received_at >= ${from} and received_at < ${to})
    select
      (select count(*)::int from r) as total,
      (select count(*)::int from r where kind = 'hate_crime') as hate_crimes,
      (select count(*)::int from r where kind = 'hate_incident') as hate_incidents,
      (select jsonb_object_agg(strand, n) from (select unnest(strands) as strand, count(*)::int as n from r group by 1) s) as by_strand,
      (select jsonb_agg(jsonb_build_object('areaId', a.area_id, 'name', coalesce(ar.name, 'Unknown area'), 'count', a.n) order by a.n desc)
         from (select area_id, count(*)::int as n from r group by 1) a left join areas ar on ar.id = a.area_id) as by_area`.execute(trx);
  return result.rows[0] ?? { total: 0, hate_crimes: 0, hate_incidents: 0, by_strand: null, by_area: null };
}

export async function caseCounts(trx: Trx, forceId: string, now: Date, since: Date, decisionHours: number) {
  const result = await sql<{ open: number; overdue: number; breaches: number; reviewed: number; compliant: number }>`
    select
      (select count(*)::int from reports where force_id = ${forceId} and not exercise and kind <> 'concern' and status <> 'closed') as open,
      (select count(*)::int from reports where force_id = ${forceId} and not exercise and status in ('new', 'triaged', 'assigned')
          and attendance_due_at is not null and attendance_due_at < ${now}) as overdue,
      (select count(*)::int from reports where force_id = ${forceId} and not exercise and kind <> 'concern' and received_at >= ${since}
          and coalesce(recording_decided_at, ${now}) > received_at + make_interval(hours => ${decisionHours})) as breaches,
      (select count(distinct report_id)::int from compliance_reviews where force_id = ${forceId} and reviewed_at >= ${since}) as reviewed,
      (select count(*)::int from (select distinct on (report_id) outcome from compliance_reviews
          where force_id = ${forceId} and reviewed_at >= ${since} order by report_id, reviewed_at desc) latest
        where outcome = 'compliant') as compliant`.execute(trx);
  return result.rows[0] ?? { open: 0, overdue: 0, breaches: 0, reviewed: 0, compliant: 0 };
}

/** Hate incidents awaiting the Force Hate Crime Officer: never reviewed, or returned and changed since. */
export function complianceQueueIds(trx: Trx, forceId: string) {
  return sql<{ id: string; last_outcome: 'compliant' | 'returned' | null }>`
    select r.id, last.outcome as last_outcome
      from reports r
      left join lateral (select outcome, reviewed_at from compliance_reviews c
                          where c.report_id = r.id order by reviewed_at desc limit 1) last on true
     where r.force_id = ${forceId} and r.kind <> 'concern'
       and (last.outcome is null or (last.outcome = 'returned' and r.updated_at > last.reviewed_at))
     order by r.received_at
     limit 500`.execute(trx);
}
