import type { FiguresResponse, PeriodFigures } from '../../shared/cases/figures-contract.ts';
import { addDays, londonDay, londonMidnight } from '../../shared/london-time.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
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

  async function forDay(actor: Actor, day?: string): Promise<FiguresResponse> {
    requirePermission(actor, 'figures:read');
    const date = day ?? londonDay(now());
    const end = londonMidnight(addDays(date, 1));
    return inForceScope(deps.db, { forceIds: [actor.forceId] }, async (trx) => {
      const settings = await settingsOf(trx, actor.forceId);
      const period = async (days: number): Promise<PeriodFigures> => {
        const start = londonMidnight(addDays(date, 1 - days));
        const row = await figures.periodFigures(trx, actor.forceId, start, end);
        return {
          from: start.toISOString(),
          to: end.toISOString(),
          total: row.total,
          hateCrimes: row.hate_crimes,
          hateIncidents: row.hate_incidents,
          byStrand: row.by_strand ?? {},
          byArea: row.by_area ?? [],
        };
      };
      const [today, last7Days, last28Days] = [await period(1), await period(7), await period(28)];
      const since = londonMidnight(addDays(date, -27));
      const counts = await figures.caseCounts(trx, actor.forceId, now(), since, settings.recordingDecisionHours);
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

  return { forDay };
}

export type FiguresService = ReturnType<typeof createFiguresService>;
