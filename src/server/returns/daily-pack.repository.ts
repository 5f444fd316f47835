import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** SQL of the daily management pack: notable incidents and stored packs (the counts are returns-figures'). */

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
