import type { FiguresResponse, PeriodFigures } from '../../shared/cases/figures-contract.ts';
import { addDays, londonDay, londonMidnight } from '../../shared/london-time.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import * as figures from './figures.repository.ts';

/**
 * The inspector's figures for one London day: that day, the 7 and 28 days ending with it, and the
 * state of open work now. Drill-down is the report list with the same filters.
 */
export function createFiguresService(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function period(trx: Trx, forceId: string, start: Date, end: Date): Promise<PeriodFigures> {
    const row = await figures.periodFigures(trx, forceId, start, end);
    return {
      from: start.toISOString(),
      to: end.toISOString(),
      total: row.total,
      hateCrimes: row.hate_crimes,
      hateIncidents: row.hate_incidents,
      byStrand: row.by_strand ?? {},
      byArea: row.by_area ?? [],
    };
  }

  /**
   * Hate crimes and incidents in each of the London-day periods `[firstDay, lastDay]`, for other
   * services (the daily pack) that check their own permission first.
   */
  function periodsOf(forceId: string, periods: readonly { firstDay: string; lastDay: string }[]): Promise<PeriodFigures[]> {
    return inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      const result: PeriodFigures[] = [];
      for (const p of periods) {
        result.push(await period(trx, forceId, londonMidnight(p.firstDay), londonMidnight(addDays(p.lastDay, 1))));
      }
      return result;
    });
  }

  async function forDay(actor: Actor, day?: string): Promise<FiguresResponse> {
    requirePermission(actor, 'figures:read');
    return forDayOf(actor.forceId, day ?? londonDay(now()));
  }

  /** The figures of `forDay`, for services that have checked their own permission. */
  function forDayOf(forceId: string, date: string): Promise<FiguresResponse> {
    const end = londonMidnight(addDays(date, 1));
    return inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      const settings = await settingsOf(trx, forceId);
      const last = (days: number) => period(trx, forceId, londonMidnight(addDays(date, 1 - days)), end);
      const [today, last7Days, last28Days] = [await last(1), await last(7), await last(28)];
      const since = londonMidnight(addDays(date, -27));
      const counts = await figures.caseCounts(trx, forceId, now(), since, settings.recordingDecisionHours);
      return {
        date,
        today,
        last7Days,
        last28Days,
        open: counts.open,
        overdueAttendance: counts.overdue,
        recordingBreaches: counts.breaches,
        compliance: { reviewed: counts.reviewed, compliant: counts.compliant, rate: counts.reviewed ? counts.compliant / counts.reviewed : null },
      };
    });
  }

  return { forDay, forDayOf, periodsOf };
}

export type FiguresService = ReturnType<typeof createFiguresService>;
