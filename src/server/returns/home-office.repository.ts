import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';

/** The five centrally monitored strands (DOMAIN.md §1.1); "other" is not in the national return. */
export const MONITORED_STRANDS = ['race', 'religion', 'sexual_orientation', 'disability', 'transgender'] as const;

/** One count from the database; `category` null means the field was not recorded. */
export interface HomeOfficeCount {
  section: 'total' | 'strand' | 'perceived_religion' | 'offence_group' | 'online' | 'other_only';
  category: string | null;
  n: number;
}

/**
 * Recorded hate crimes for the Home Office return, in one pass: reports with the recording decision
 * `crime`, recorded (the decision's time, else received) in [from, to), never exercises. A crime is
 * in the return when it has at least one monitored strand; crimes flagged only "other" are counted
 * apart (`other_only`), so the force can reconcile with its own figures.
 */
export async function recordedHateCrimes(trx: Trx, forceId: string, from: Date, to: Date): Promise<HomeOfficeCount[]> {
  const monitored = `{${MONITORED_STRANDS.join(',')}}`;
  const result = await sql<HomeOfficeCount>`
    with c as (
      select strands, perceived_religion, offence_group, online, strands && ${monitored}::text[] as in_return
        from reports
       where force_id = ${forceId} and kind <> 'concern' and not exercise and recording_decision = 'crime'
         and coalesce(recording_decided_at, received_at) >= ${from} and coalesce(recording_decided_at, received_at) < ${to})
    select 'total'::text as section, null::text as category, count(*)::int as n from c where in_return
    union all
    select 'other_only', null, count(*)::int from c where not in_return
    union all
    select 'online', null, count(*)::int from c where in_return and online
    union all
    select 'strand', strand, count(*)::int from c cross join lateral unnest(c.strands) as strand
     where strand = any(${monitored}::text[]) group by strand
    union all
    select 'perceived_religion', perceived_religion, count(*)::int from c where 'religion' = any(c.strands) group by perceived_religion
    union all
    select 'offence_group', offence_group, count(*)::int from c where in_return group by offence_group`.execute(trx);
  return result.rows;
}
