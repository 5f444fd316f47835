import { addDays, londonDay, londonMidnight } from '../../shared/london-time.ts';
import type { Strand } from '../../shared/reports/contract.ts';
import type { DailyPack } from '../../shared/returns/daily-pack-contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { FiguresService } from '../cases/figures.service.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import type { Actor, SystemActor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import type { PictureService } from '../tension/picture.service.ts';
import type { SignalsService } from '../tension/signals.service.ts';
import * as repo from './daily-pack.repository.ts';
import { bucketCounts, forceOf, type BucketCount } from './returns-figures.repository.ts';

/** 52 weeks: "the same period last year" falls on the same weekdays, which matter for hate crime. */
const LAST_YEAR_DAYS = 364;
const SERIES_DAYS = 28;

const WHY = (r: { grade: string | null; ongoing: boolean; needs_interpreter: boolean; linked: boolean }) =>
  [r.grade === 'emergency' || r.grade === 'priority' ? `graded ${r.grade}` : '', r.ongoing ? 'still happening' : '', r.needs_interpreter ? 'interpreter needed' : '', r.linked ? 'linked to other reports' : '']
    .filter(Boolean)
    .join('; ');

/** Hate crimes and incidents per day from the trend buckets (each report once: the strand-less rows). */
function byDay(rows: BucketCount[], days: number): { hateCrimes: number; hateIncidents: number }[] {
  const out = Array.from({ length: days }, () => ({ hateCrimes: 0, hateIncidents: 0 }));
  for (const row of rows.filter((r) => r.strand === null)) {
    const slot = out[row.bucket - 1];
    if (slot) {
      slot[row.kind === 'hate_crime' ? 'hateCrimes' : 'hateIncidents'] += row.n;
    }
  }
  return out;
}

/**
 * The daily management meeting pack for a London day: built from the figures, the cases and the
 * tension picture, stored when generated (by the morning schedule or on demand) so that the pack a
 * meeting read can be read again unchanged.
 */
export function createDailyPackService(deps: { db: Db; figures: FiguresService; picture: PictureService; signals: SignalsService }) {
  async function build(forceId: string, date: string, generatedBy: string, now = new Date()): Promise<DailyPack> {
    const ago = (d: string, n: number) => addDays(d, -n);
    const lastYear = ago(date, LAST_YEAR_DAYS);
    const [day, last7Days, last28Days, dayLastYear, last7DaysLastYear, last28DaysLastYear] = await deps.figures.periodsOf(forceId, [
      { firstDay: date, lastDay: date },
      { firstDay: ago(date, 6), lastDay: date },
      { firstDay: ago(date, 27), lastDay: date },
      { firstDay: lastYear, lastDay: lastYear },
      { firstDay: ago(lastYear, 6), lastDay: lastYear },
      { firstDay: ago(lastYear, 27), lastDay: lastYear },
    ]);
    const cases = await deps.figures.forDayOf(forceId, date);
    const map = await deps.picture.mapOf(forceId);
    const openSignals = await deps.signals.listOf(forceId, { status: 'open' });
    const days = Array.from({ length: SERIES_DAYS }, (_, i) => ago(date, SERIES_DAYS - 1 - i));
    const startsOf = (list: string[]) => [...list.map(londonMidnight), londonMidnight(addDays(list[list.length - 1] as string, 1))];
    const { series, lastYearSeries, notable, forceName } = await inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => ({
      series: byDay(await bucketCounts(trx, forceId, startsOf(days)), days.length),
      lastYearSeries: byDay(await bucketCounts(trx, forceId, startsOf(days.map((d) => ago(d, LAST_YEAR_DAYS)))), days.length),
      // The 24 hours before the meeting: the day before and the day itself.
      notable: (await repo.notableReports(trx, forceId, londonMidnight(ago(date, 1)), londonMidnight(addDays(date, 1)))).rows,
      forceName: (await forceOf(trx, forceId)).name,
    }));
    if (!day || !last7Days || !last28Days || !dayLastYear || !last7DaysLastYear || !last28DaysLastYear) {
      throw new Error('figures returned fewer periods than asked');
    }
    return {
      date,
      forceName,
      generatedAt: now.toISOString(),
      generatedBy,
      stored: false,
      figures: { day, last7Days, last28Days, dayLastYear, last7DaysLastYear, last28DaysLastYear },
      byDay: days.map((d, i) => ({
        day: d,
        hateCrimes: series[i]?.hateCrimes ?? 0,
        hateIncidents: series[i]?.hateIncidents ?? 0,
        lastYear: (lastYearSeries[i]?.hateCrimes ?? 0) + (lastYearSeries[i]?.hateIncidents ?? 0),
      })),
      cases: {
        open: cases.open,
        overdueAttendance: cases.overdueAttendance,
        recordingBreaches: cases.recordingBreaches,
        complianceReviewed: cases.compliance.reviewed,
        complianceRate: cases.compliance.rate,
      },
      notable: notable.map((r) => ({
        id: r.id,
        reference: r.reference,
        kind: r.kind,
        strands: r.strands as Strand[],
        areaName: r.area_name,
        grade: r.grade,
        status: r.status,
        receivedAt: r.received_at.toISOString(),
        why: WHY(r),
      })),
      tension: {
        scale: map.scale,
        areas: map.areas.map((a) => ({ name: a.name, levelLabel: a.levelLabel, trend: a.trend, reviewOverdue: a.reviewOverdue, openSignals: a.openSignals })),
        openSignals,
      },
      patrols: null,
    };
  }

  /** The pack for a day: as stored when it was generated, or built now from live data if none was. */
  async function get(actor: Actor, day?: string): Promise<DailyPack> {
    requirePermission(actor, 'returns:read');
    const date = day ?? londonDay(new Date());
    const stored = await inForceScope(deps.db, { forceIds: [actor.forceId] }, async (trx) => {
      const row = await repo.latestPack(trx, actor.forceId, date);
      await recordAudit(trx, actor, { action: 'daily_pack.read', recordType: 'daily_pack', details: { date, stored: row !== undefined } });
      return row;
    });
    return stored ? { ...(stored.content as DailyPack), stored: true } : build(actor.forceId, date, actor.name);
  }

  /** Builds and stores the pack: on demand by a person, or each morning by the schedule. */
  async function generate(actor: Actor | SystemActor, forceId: string, day?: string): Promise<DailyPack> {
    if (actor.kind === 'user') {
      requirePermission(actor, 'returns:read');
    }
    const date = day ?? londonDay(new Date());
    const pack = await build(forceId, date, actor.name);
    await inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      await repo.storePack(trx, forceId, date, pack, actor.name);
      await recordAudit(trx, actor, { action: 'daily_pack.generated', forceId, recordType: 'daily_pack', details: { date } });
    });
    return { ...pack, stored: true };
  }

  return { get, generate, build };
}

export type DailyPackService = ReturnType<typeof createDailyPackService>;
