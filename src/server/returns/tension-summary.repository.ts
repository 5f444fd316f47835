import { sql } from 'kysely';
import type { Trx } from '../db/scope.ts';
import type { CountRow } from './tension-summary-compile.ts';

/**
 * SQL for Community Tension Summaries: one row per version of a return. The database refuses any
 * change to an issued version except marking it superseded (migration 2026-11-23T2100, decision 008),
 * so the updates below all name the state they expect and report how many rows they changed.
 */

function summaries(trx: Trx) {
  return trx
    .selectFrom('tension_summaries as s')
    .innerJoin('users as compiler', 'compiler.id', 's.compiled_by')
    .leftJoin('users as editor', 'editor.id', 's.edited_by')
    .leftJoin('users as approver', 'approver.id', 's.approved_by')
    .leftJoin('users as issuer', 'issuer.id', 's.issued_by')
    .leftJoin('tension_summaries as corrected', 'corrected.id', 's.corrects')
    .leftJoin('tension_summaries as successor', 'successor.id', 's.superseded_by')
    .leftJoin('tension_summaries as correction', 'correction.corrects', 's.id')
    .select([
      's.id',
      's.force_id',
      's.period_from',
      's.period_to',
      's.version',
      's.revision',
      's.status',
      's.authors',
      's.corrects',
      's.correction_reason',
      'corrected.version as corrects_version',
      's.superseded_by',
      'successor.version as superseded_by_version',
      's.superseded_at',
      'correction.id as correction_id',
      's.compiled',
      's.content',
      's.compiled_at',
      'compiler.name as compiled_by_name',
      's.edited_at',
      'editor.name as edited_by_name',
      's.approved_at',
      'approver.name as approved_by_name',
      's.issued_at',
      'issuer.name as issued_by_name',
    ]);
}
export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export function findSummary(trx: Trx, id: string): Promise<SummaryRow | undefined> {
  return summaries(trx).where('s.id', '=', id).executeTakeFirst();
}

/** The force's returns, the latest period first, each period's versions newest first. */
export function listSummaries(trx: Trx, forceId: string): Promise<SummaryRow[]> {
  return summaries(trx).where('s.force_id', '=', forceId).orderBy('s.period_to', 'desc').orderBy('s.compiled_at', 'desc').limit(500).execute();
}

export async function insertSummary(
  trx: Trx,
  row: { force_id: string; period_from: string; period_to: string; version: number; corrects: string | null; correction_reason: string | null; compiled: string; content: string; compiled_by: string },
): Promise<string> {
  const inserted = await trx
    .insertInto('tension_summaries')
    .values({ ...row, authors: [row.compiled_by] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Replaces a draft's text if it is still at `basedOnRevision`; an approved draft goes back to draft
 * (its approval was of other words). The editor joins the authors, who may not approve it.
 */
export async function updateText(trx: Trx, id: string, basedOnRevision: number, content: string, userId: string): Promise<boolean> {
  const result = await trx
    .updateTable('tension_summaries')
    .set({
      content,
      revision: basedOnRevision + 1,
      status: 'draft',
      approved_by: null,
      approved_at: null,
      edited_by: userId,
      edited_at: new Date(),
      authors: sql<string[]>`case when ${userId}::uuid = any (authors) then authors else authors || ${userId}::uuid end`,
    })
    .where('id', '=', id)
    .where('revision', '=', basedOnRevision)
    .where('status', 'in', ['draft', 'approved'])
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function approve(trx: Trx, id: string, revision: number, userId: string): Promise<boolean> {
  const result = await trx
    .updateTable('tension_summaries')
    .set({ status: 'approved', approved_by: userId, approved_at: new Date() })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function issue(trx: Trx, id: string, userId: string): Promise<boolean> {
  const result = await trx
    .updateTable('tension_summaries')
    .set({ status: 'issued', issued_by: userId, issued_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Marks an issued version superseded by its issued correction; its content is untouched (and cannot be). */
export async function supersede(trx: Trx, id: string, byId: string): Promise<boolean> {
  const result = await trx
    .updateTable('tension_summaries')
    .set({ status: 'superseded', superseded_by: byId, superseded_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'issued')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Hate crimes and incidents received in [from, to), per policing area: by kind, and by strand.
 * Exercises never count in live figures (SCENARIO.md), nor do community concerns (not offences).
 */
export async function reportCounts(trx: Trx, forceId: string, from: Date, to: Date): Promise<CountRow[]> {
  const result = await sql<CountRow>`
    with r as (
      select area_id, kind, strands from reports
       where force_id = ${forceId} and kind <> 'concern' and not exercise and received_at >= ${from} and received_at < ${to})
    select area_id, kind, null::text as strand, count(*)::int as n from r group by area_id, kind
    union all
    select area_id, null::text as kind, strand, count(*)::int as n from r cross join lateral unnest(r.strands) as strand group by area_id, strand`.execute(trx);
  return result.rows;
}

/** The latest version of each CIA still under review when the period began, or saved during it. */
export async function liveCias(trx: Trx, forceId: string, from: Date, to: Date) {
  const result = await sql<{ cia_id: string; title: string; reference: string; version: number; signed_off_at: Date | null; next_review_at: Date }>`
    select * from (
      select distinct on (cia_id) cia_id, title, reference, version, signed_off_at, next_review_at, saved_at
        from cia_versions
       where force_id = ${forceId} and saved_at < ${to}
       order by cia_id, version desc) latest
     where next_review_at >= ${from} or saved_at >= ${from}
     order by saved_at desc
     limit 50`.execute(trx);
  return result.rows;
}

export function forceOf(trx: Trx, forceId: string) {
  return trx.selectFrom('forces').select(['code', 'name']).where('id', '=', forceId).executeTakeFirstOrThrow();
}
