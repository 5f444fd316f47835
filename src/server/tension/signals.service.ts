import type { z } from 'zod';
import { addDays, londonDay, londonMidnight } from '../../shared/london-time.ts';
import { Strand } from '../../shared/reports/contract.ts';
import type { SignalDecisionRequest, SignalsQuery } from '../../shared/tension/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import { notFound } from '../http/errors.ts';
import type { Actor, SystemActor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { notifyTensionChanged } from './assessments.repository.ts';
import { assessDay } from './signal-method.ts';
import * as repo from './signals.repository.ts';
import { presentSignal } from './tension.presenter.ts';

/** Days of history each day is judged against (the method uses what it needs of them). */
const WINDOW = 105;
const DETAIL_DAYS = 28;

const seriesKey = (areaId: string | null, strand: string | null) => `${areaId ?? 'force'}:${strand ?? 'all'}`;

/** `n` consecutive London days ending with `last`, and the instants they start (plus the end of the last). */
function londonDays(last: string, n: number) {
  const days = Array.from({ length: n }, (_, i) => addDays(last, i - n + 1));
  return { days, starts: [...days.map(londonMidnight), londonMidnight(addDays(last, 1))] };
}

/** Counts per series and day, every series present (all zeros where nothing happened). */
async function countMatrix(trx: Trx, forceId: string, starts: Date[], days: number) {
  const areas = await repo.policingAreas(trx, forceId);
  const strands: (string | null)[] = [null, ...Strand.options];
  const matrix = new Map<string, { areaId: string | null; strand: string | null; counts: number[] }>();
  for (const areaId of [null, ...areas.map((a) => a.id)]) {
    for (const strand of strands) {
      matrix.set(seriesKey(areaId, strand), { areaId, strand, counts: new Array<number>(days).fill(0) });
    }
  }
  for (const row of await repo.dailyCounts(trx, forceId, starts)) {
    const series = matrix.get(seriesKey(row.area_id, row.strand));
    if (series && row.day >= 1 && row.day <= days) {
      series.counts[row.day - 1] = row.n;
    }
  }
  return matrix;
}

/**
 * Signals: each series' daily count judged against its own baseline (signal-method.ts), today's
 * (so far) and yesterday's (complete). A scan is idempotent: it raises a signal once per series and
 * day and brings it up to date, so several processes may scan the same force.
 */
export function createSignalsService(deps: { db: Db }) {
  const scope = (forceId: string) => ({ forceIds: [forceId] });

  async function scanInScope(trx: Trx, actor: Actor | SystemActor, forceId: string, now: Date) {
    const { days, starts } = londonDays(londonDay(now), WINDOW + 2);
    const matrix = await countMatrix(trx, forceId, starts, days.length);
    let raised = 0;
    let updated = 0;
    for (const series of matrix.values()) {
      for (const index of [WINDOW, WINDOW + 1]) {
        const day = days[index] as string;
        const verdict = assessDay({ start: days[index - WINDOW] as string, counts: series.counts.slice(index - WINDOW, index) }, day, series.counts[index] ?? 0);
        if (verdict.level === 'none') {
          continue;
        }
        const result = await repo.upsertSignal(trx, {
          force_id: forceId,
          area_id: series.areaId,
          strand: series.strand,
          day,
          level: verdict.level,
          observed: verdict.observed,
          expected: verdict.expected,
          upper: verdict.upper,
          ratio: verdict.ratio,
          reason: verdict.reason,
        });
        if (result.raised || result.escalated) {
          raised += 1;
          await recordAudit(trx, actor, {
            action: result.raised ? 'tension_signal.raised' : 'tension_signal.escalated',
            forceId,
            recordType: 'tension_signal',
            recordId: result.id,
            details: { areaId: series.areaId, strand: series.strand, day, level: verdict.level, observed: verdict.observed },
          });
          await notifyTensionChanged(trx, forceId, result.id, result.raised ? 'signal_raised' : 'signal_escalated');
        } else {
          updated += 1;
        }
      }
    }
    return { series: matrix.size, raised, updated };
  }

  /** Scans the signed-in force now (the watcher also scans in the background). */
  function scan(actor: Actor, now = new Date()) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor.forceId), (trx) => scanInScope(trx, actor, actor.forceId, now));
  }

  /** For the background watcher: the system scans one force's series. */
  function scanForce(actor: SystemActor, forceId: string, now = new Date()) {
    return inForceScope(deps.db, scope(forceId), (trx) => scanInScope(trx, actor, forceId, now));
  }

  function list(actor: Actor, query: z.output<typeof SignalsQuery>) {
    requirePermission(actor, 'tension:read');
    return listOf(actor.forceId, query);
  }

  /** Signals of a force, for services (the daily pack, the returns) that have checked their own permission. */
  function listOf(forceId: string, query: z.output<typeof SignalsQuery> & { since?: string }) {
    return inForceScope(deps.db, scope(forceId), async (trx) => (await repo.listSignals(trx, forceId, query)).map(presentSignal));
  }

  function get(actor: Actor, id: string) {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor.forceId), async (trx) => {
      const row = await repo.findSignal(trx, id);
      if (!row || row.force_id !== actor.forceId) {
        throw notFound('signal');
      }
      const { days, starts } = londonDays(row.day, DETAIL_DAYS);
      const counts = (await countMatrix(trx, actor.forceId, starts, days.length)).get(seriesKey(row.area_id, row.strand))?.counts ?? [];
      const reports = await repo.reportsOfSeries(trx, actor.forceId, row.area_id, row.strand, londonMidnight(row.day), londonMidnight(addDays(row.day, 1)));
      return {
        ...presentSignal(row),
        series: days.map((day, i) => ({ day, count: counts[i] ?? 0 })),
        reports: reports.map((r) => ({ id: r.id, reference: r.reference, kind: r.kind, strands: r.strands as Strand[], receivedAt: r.received_at.toISOString() })),
      };
    });
  }

  function decide(actor: Actor, id: string, input: z.output<typeof SignalDecisionRequest>) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor.forceId), async (trx) => {
      const row = await repo.findSignal(trx, id);
      if (!row || row.force_id !== actor.forceId) {
        throw notFound('signal');
      }
      const status = input.decision === 'acknowledge' ? 'acknowledged' : 'dismissed';
      await repo.decideSignal(trx, id, status, input.reason, actor.userId);
      await recordAudit(trx, actor, { action: `tension_signal.${status}`, recordType: 'tension_signal', recordId: id });
      await notifyTensionChanged(trx, actor.forceId, id, `signal_${status}`);
      const after = await repo.findSignal(trx, id);
      if (!after) {
        throw notFound('signal');
      }
      return presentSignal(after);
    });
  }

  return { scan, scanForce, list, listOf, get, decide };
}

export type SignalsService = ReturnType<typeof createSignalsService>;
