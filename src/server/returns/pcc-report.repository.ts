import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/**
 * SQL for the PCC report's sections beyond the counts (those are in `returns-figures.repository.ts`).
 * Every query is for one force and one [from, to), and leaves exercises out. Only counts leave the
 * database: no descriptions, no names, no contact details.
 */

/** Cases closed in the period (whenever received), by closure reason and kind. */
export async function closedByReason(trx: Trx, forceId: string, from: Date, to: Date) {
  const result = await sql<{ reason: string; kind: 'hate_crime' | 'hate_incident'; n: number }>`
    select coalesce(closure_reason, 'not_recorded') as reason, kind, count(*)::int as n
      from reports
     where force_id = ${forceId} and kind in ('hate_crime', 'hate_incident') and not exercise
       and status = 'closed' and closed_at >= ${from} and closed_at < ${to}
     group by 1, 2`.execute(trx);
  return result.rows;
}

/**
 * Repeat victims from the links staff made (`repeat_victim`, not removed), never from contact
 * details: reports received in the period; those linked to another report of the same victim; and
 * those linked to an *earlier* report, i.e. a victim reporting again.
 */
export async function repeatVictims(trx: Trx, forceId: string, from: Date, to: Date) {
  const result = await sql<{ reports: number; linked: number; repeats: number }>`
    with r as (
      select id, received_at from reports
       where force_id = ${forceId} and kind in ('hate_crime', 'hate_incident') and not exercise
         and received_at >= ${from} and received_at < ${to}),
    pairs as (
      select r.id, o.received_at < r.received_at as earlier
        from r
        join report_links l on (l.report_id = r.id or l.other_report_id = r.id)
                           and l.kind = 'repeat_victim' and l.removed_at is null and l.force_id = ${forceId}
        join reports o on o.id = case when l.report_id = r.id then l.other_report_id else l.report_id end and not o.exercise)
    select (select count(*)::int from r) as reports,
           (select count(distinct id)::int from pairs) as linked,
           (select count(distinct id)::int from pairs where earlier) as repeats`.execute(trx);
  return result.rows[0] ?? { reports: 0, linked: 0, repeats: 0 };
}

/**
 * Compliance reviews recorded in the period: reports reviewed and how many of them were compliant
 * at their latest review in the period; and every returned review's checklist, for the items missed.
 */
export async function complianceResults(trx: Trx, forceId: string, from: Date, to: Date) {
  const reviews = sql`
    select c.report_id, c.outcome, c.checklist, c.reviewed_at from compliance_reviews c
      join reports r on r.id = c.report_id and not r.exercise
     where c.force_id = ${forceId} and c.reviewed_at >= ${from} and c.reviewed_at < ${to}`;
  const totals = await sql<{ reviewed: number; compliant: number; returned: number }>`
    with c as (${reviews})
    select (select count(distinct report_id)::int from c) as reviewed,
           (select count(*)::int from (select distinct on (report_id) outcome from c order by report_id, reviewed_at desc) latest
             where outcome = 'compliant') as compliant,
           (select count(*)::int from c where outcome = 'returned') as returned`.execute(trx);
  const missing = await sql<{ key: string; n: number }>`
    with c as (${reviews})
    select item.key, count(*)::int as n
      from c cross join lateral jsonb_each(c.checklist) as item
     where c.outcome = 'returned' and item.value = 'false'::jsonb
     group by item.key`.execute(trx);
  return { ...(totals.rows[0] ?? { reviewed: 0, compliant: 0, returned: 0 }), missing: missing.rows };
}

/**
 * Tension assessments recorded in the period, per policing area (a neighbourhood's assessment
 * counts for the area it is in) and level; the caller ranks levels on the force's own scale.
 */
export async function assessmentLevels(trx: Trx, forceId: string, from: Date, to: Date) {
  const result = await sql<{ area_id: string; level: string; n: number }>`
    select coalesce(case when a.level = 'neighbourhood' then a.parent_id end, a.id) as area_id, t.level, count(*)::int as n
      from tension_assessments t join areas a on a.id = t.area_id
     where t.force_id = ${forceId} and t.assessed_at >= ${from} and t.assessed_at < ${to}
     group by 1, 2`.execute(trx);
  return result.rows;
}

/** Signals for days in [firstDay, endDay) (London dates), by level and by where they stand now. */
export async function signalCounts(trx: Trx, forceId: string, firstDay: string, endDay: string) {
  const result = await sql<{ raised: number; red: number; amber: number; open: number; acknowledged: number; dismissed: number }>`
    select count(*)::int as raised,
           count(*) filter (where level = 'red')::int as red,
           count(*) filter (where level = 'amber')::int as amber,
           count(*) filter (where status = 'open')::int as open,
           count(*) filter (where status = 'acknowledged')::int as acknowledged,
           count(*) filter (where status = 'dismissed')::int as dismissed
      from tension_signals
     where force_id = ${forceId} and day >= ${firstDay}::date and day < ${endDay}::date`.execute(trx);
  return result.rows[0] ?? { raised: 0, red: 0, amber: 0, open: 0, acknowledged: 0, dismissed: 0 };
}
