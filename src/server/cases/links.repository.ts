import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

export interface LinkedRow {
  id: string;
  kind: 'duplicate' | 'repeat_victim' | 'repeat_location' | 'related';
  other_id: string;
  other_reference: string;
  other_received_at: Date;
}

/** Live links of a report, whichever side of the pair it is on. */
export async function listLinks(trx: Trx, reportId: string): Promise<LinkedRow[]> {
  const result = await sql<LinkedRow>`
    select l.id, l.kind, o.id as other_id, o.reference as other_reference, o.received_at as other_received_at
      from report_links l
      join reports o on o.id = case when l.report_id = ${reportId} then l.other_report_id else l.report_id end
     where (l.report_id = ${reportId} or l.other_report_id = ${reportId}) and l.removed_at is null
     order by l.created_at`.execute(trx);
  return result.rows;
}

/** Links are stored once per pair, smaller id first, so (a, b) and (b, a) are the same link. */
export async function insertLink(trx: Trx, forceId: string, a: string, b: string, kind: LinkedRow['kind'], userId: string): Promise<string> {
  const [first, second] = a < b ? [a, b] : [b, a];
  const row = await trx
    .insertInto('report_links')
    .values({ force_id: forceId, report_id: first, other_report_id: second, kind, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Unlinking keeps the row (who linked, who unlinked, when): merge and unlink never delete. */
export async function removeLink(trx: Trx, linkId: string, reportId: string, userId: string): Promise<boolean> {
  const result = await trx
    .updateTable('report_links')
    .set({ removed_at: new Date(), removed_by: userId })
    .where('id', '=', linkId)
    .where((eb) => eb.or([eb('report_id', '=', reportId), eb('other_report_id', '=', reportId)]))
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface SuggestionRow {
  kind: 'duplicate' | 'repeat_victim' | 'repeat_location';
  id: string;
  reference: string;
  received_at: Date;
  why: string;
}

/**
 * Reports that may belong with this one and are not linked yet:
 * - duplicates: within 48 hours and about 1 km (or the same postcode) with similar wording (pg_trgm);
 * - repeat victims: the same email or phone number within 12 months;
 * - repeat locations: the same postcode, or within about 100 m, within 12 months.
 */
export async function findSuggestions(trx: Trx, reportId: string): Promise<SuggestionRow[]> {
  const result = await sql<SuggestionRow>`
    with me as (select * from reports where id = ${reportId}),
    my_contact as (select c.* from report_contacts c where c.report_id = ${reportId}),
    near as (
      select o.*,
        case when me.location_latitude is null or o.location_latitude is null then null
             else 111320 * sqrt(power(o.location_latitude - me.location_latitude, 2)
                  + power((o.location_longitude - me.location_longitude) * cos(radians(me.location_latitude)), 2)) end as metres
        from reports o, me
       where o.id <> me.id and o.force_id = me.force_id
         and o.received_at between me.received_at - interval '365 days' and me.received_at + interval '365 days')
    select 'duplicate' as kind, n.id, n.reference, n.received_at,
           'similar wording, ' || coalesce(round(n.metres)::text || ' m apart', 'same postcode') as why
      from near n, me
     where abs(extract(epoch from n.occurred_at - me.occurred_at)) < 48 * 3600
       and (n.metres < 1000 or (n.location_postcode is not null and n.location_postcode = me.location_postcode))
       and similarity(n.description, me.description) > 0.2
    union all
    select 'repeat_victim', n.id, n.reference, n.received_at, 'same contact details'
      from near n join report_contacts c on c.report_id = n.id, my_contact mc
     where (mc.email is not null and c.email = mc.email) or (mc.phone is not null and c.phone = mc.phone)
    union all
    select 'repeat_location', n.id, n.reference, n.received_at,
           coalesce('within ' || round(n.metres)::text || ' m', 'same postcode')
      from near n, me
     where n.metres < 100 or (n.location_postcode is not null and n.location_postcode = me.location_postcode)
     limit 50`.execute(trx);
  const linked = new Set((await listLinks(trx, reportId)).map((l) => l.other_id));
  return result.rows.filter((r) => !linked.has(r.id));
}
