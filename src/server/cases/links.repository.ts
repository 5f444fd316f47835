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
 * Reports that may belong with this one and are not linked yet, each found through its own index:
 * - duplicates: occurred within 48 hours, within about 1 km (or the same postcode), with similar
 *   wording (pg_trgm similarity over 0.2);
 * - repeat victims: the same email or phone number within 12 months;
 * - repeat locations: the same postcode, or within about 100 m, within 12 months.
 */
export async function findSuggestions(trx: Trx, reportId: string): Promise<SuggestionRow[]> {
  const result = await sql<SuggestionRow>`
    with me as (select * from reports where id = ${reportId}),
    my_contact as (select email, phone from report_contacts where report_id = ${reportId}),
    duplicates as (
      select 'duplicate'::text as kind, o.id, o.reference, o.received_at,
             'similar wording, ' || coalesce(round(${metres('o')})::text || ' m apart', 'same postcode') as why
        from me join reports o on o.force_id = me.force_id
         and o.occurred_at between me.occurred_at - interval '48 hours' and me.occurred_at + interval '48 hours'
       where o.id <> me.id
         and (${metres('o')} < 1000 or (o.location_postcode is not null and o.location_postcode = me.location_postcode))
         and similarity(o.description, me.description) > 0.2),
    repeat_victims as (
      select distinct 'repeat_victim'::text as kind, o.id, o.reference, o.received_at, 'same contact details' as why
        from me, my_contact mc
        join report_contacts c on c.force_id = (select force_id from me)
         and ((mc.email is not null and lower(c.email) = lower(mc.email)) or (mc.phone is not null and c.phone = mc.phone))
        join reports o on o.id = c.report_id
       where o.id <> me.id and o.received_at between me.received_at - interval '365 days' and me.received_at + interval '365 days'),
    repeat_locations as (
      select 'repeat_location'::text as kind, o.id, o.reference, o.received_at,
             coalesce('within ' || round(${metres('o')})::text || ' m', 'same postcode') as why
        from me join reports o on o.force_id = me.force_id
         and o.received_at between me.received_at - interval '365 days' and me.received_at + interval '365 days'
         and ((me.location_postcode is not null and o.location_postcode = me.location_postcode)
           or (o.location_latitude between me.location_latitude - 0.001 and me.location_latitude + 0.001
               and o.location_longitude between me.location_longitude - 0.0015 and me.location_longitude + 0.0015))
       where o.id <> me.id and (o.location_postcode = me.location_postcode or ${metres('o')} < 100))
    (select * from duplicates limit 20)
    union all (select * from repeat_victims limit 20)
    union all (select * from repeat_locations limit 20)`.execute(trx);
  const linked = new Set((await listLinks(trx, reportId)).map((l) => l.other_id));
  return result.rows.filter((r) => !linked.has(r.id));
}

/** Approximate metres between `me` and another report (equirectangular: exact enough within a city). */
function metres(other: string) {
  return sql.raw(`(case when me.location_latitude is null or ${other}.location_latitude is null then null
    else 111320 * sqrt(power(${other}.location_latitude - me.location_latitude, 2)
      + power((${other}.location_longitude - me.location_longitude) * cos(radians(me.location_latitude)), 2)) end)`);
}
