import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** SQL of the daily management pack: the day-by-day series, notable incidents, stored packs. */

/**
 * Hate crimes and incidents per London day. `starts` are the instants the days begin, oldest first,
 * then the end of the last day; the result has one entry per day (zeros included).
 */
export async function countsByDay(trx: Trx, forceId: string, starts: Date[]): Promise<{ hateCrimes: number; hateIncidents: number }[]> {
  const days = starts.length - 1;
  const result = await sql<{ day: number; kind: string; n: number }>`
    select width_bucket(received_at, ${`{${starts.map((s) => s.toISOString()).join(',')}}`}::timestamptz[]) as day, kind, count(*)::int as n
      from reports
     where force_id = ${forceId} and kind <> 'concern' and not exercise
       and received_at >= ${starts[0]} and received_at < ${starts[days]}
     group by 1, 2`.execute(trx);
  const out = Array.from({ length: days }, () => ({ hateCrimes: 0, hateIncidents: 0 }));
  for (const row of result.rows) {
    const slot = out[row.day - 1];
    if (slot) {
      slot[row.kind === 'hate_crime' ? 'hateCrimes' : 'hateIncidents'] = row.n;
    }
  }
  return out;
}

/**
 * Reports of the day that a meeting should hear about: an emergency or priority grade, something
 * still happening, a vulnerable victim's interpreter need, or a link to an earlier report.
 */
export function notableReports(trx: Trx, forceId: string, from: Date, to: Date) {
  return sql<{
    id: string;
    reference: string;
    kind: 'hate_crime' | 'hate_incident' | 'concern';
    strands: string[];
    area_name: string | null;
    grade: string | null;
    status: string;
    received_at: Date;
    ongoing: boolean;
    needs_interpreter: boolean;
    linked: boolean;
  }>`
    select r.id, r.reference, r.kind, r.strands, a.name as area_name, r.grade, r.status, r.received_at, r.ongoing, r.needs_interpreter,
           exists (select 1 from report_links l where (l.report_id = r.id or l.other_report_id = r.id) and l.removed_at is null) as linked
      from reports r left join areas a on a.id = r.area_id
     where r.force_id = ${forceId} and not r.exercise and r.received_at >= ${from} and r.received_at < ${to}
       and (r.grade in ('emergency', 'priority') or r.ongoing or r.needs_interpreter
            or exists (select 1 from report_links l where (l.report_id = r.id or l.other_report_id = r.id) and l.removed_at is null))
     order by r.received_at desc
     limit 30`.execute(trx);
}

export async function storePack(trx: Trx, forceId: string, day: string, content: unknown, generatedBy: string): Promise<void> {
  await trx.insertInto('daily_packs').values({ force_id: forceId, day, content: JSON.stringify(content), generated_by: generatedBy }).execute();
}

export function latestPack(trx: Trx, forceId: string, day: string) {
  return trx.selectFrom('daily_packs').select(['content', 'generated_at']).where('force_id', '=', forceId).where('day', '=', day).orderBy('generated_at', 'desc').executeTakeFirst();
}

export async function forceName(trx: Trx, forceId: string): Promise<string> {
  return (await trx.selectFrom('forces').select('name').where('id', '=', forceId).executeTakeFirst())?.name ?? '';
}
