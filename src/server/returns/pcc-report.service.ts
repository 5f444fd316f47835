import type { PccReport } from '../../shared/returns/pcc-contract.ts';
import { fiveYearTrend, parsePeriod, periodBounds, shiftYears } from '../../shared/returns/periods.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import { renderPccReportPdf } from './pcc-report-pdf.ts';
import { renderPccReportXlsx } from './pcc-report-xlsx.ts';
import { presentPccReport } from './pcc-report.presenter.ts';
import * as pcc from './pcc-report.repository.ts';
import * as figures from './returns-figures.repository.ts';

/** What the caller asks for: a period as written (`2026-Q3`, `2026`, `FY2026`, `FY2026-Q1`). */
export interface PccReportRequest {
  period: string;
  /** Area figures without small-number suppression: force-internal, needs `returns:read` too. */
  unsuppressed?: boolean;
}

/** The forms the report is given in; recorded in the audit row. */
export type PccReportFormat = 'json' | 'pdf' | 'xlsx';

/**
 * The report to the Police and Crime Panel (seed 003): hate crime and incidents this period against
 * the same period a year earlier, by strand and policing area, the five-year trend, outcomes, repeat
 * victims, compliance, and the tension picture. Aggregates only (`aggregates:read`, the PCC's office
 * and analysts): no record, name or description leaves the database.
 */
export function createPccReportService(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function build(actor: Actor, input: PccReportRequest, format: PccReportFormat): Promise<PccReport> {
    requirePermission(actor, 'aggregates:read');
    if (input.unsuppressed) {
      // Unsuppressed area counts are for the force's own analysts, not for publication.
      requirePermission(actor, 'returns:read');
    }
    const parsed = parsePeriod(input.period);
    if ('error' in parsed) {
      throw validationFailed([{ field: 'period', message: parsed.error }]);
    }
    const at = now();
    const bounds = periodBounds(parsed);
    if (bounds.from.getTime() > at.getTime()) {
      throw validationFailed([{ field: 'period', message: `has not begun: ${parsed.label} starts on ${parsed.firstDay}` }]);
    }
    const previousPeriod = shiftYears(parsed, -1);
    const previous = { ...previousPeriod, ...periodBounds(previousPeriod) };
    const trendPeriods = fiveYearTrend(parsed);
    const starts = [...trendPeriods.map((p) => periodBounds(p).from), bounds.to];
    const forceId = actor.forceId;

    return inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      const settings = await settingsOf(trx, forceId);
      // One transaction is one connection: the queries run one after another, on one snapshot.
      const report = presentPccReport({
        forceName: (await figures.forceOf(trx, forceId)).name,
        generatedAt: at,
        period: { ...parsed, ...bounds, complete: bounds.to.getTime() <= at.getTime() },
        previous,
        suppress: !input.unsuppressed,
        areas: await figures.policingAreas(trx, forceId),
        current: await figures.hateCounts(trx, forceId, bounds.from, bounds.to),
        prior: await figures.hateCounts(trx, forceId, previous.from, previous.to),
        trendPeriods,
        trend: await figures.bucketCounts(trx, forceId, starts),
        closed: await pcc.closedByReason(trx, forceId, bounds.from, bounds.to),
        repeat: await pcc.repeatVictims(trx, forceId, bounds.from, bounds.to),
        priorRepeat: await pcc.repeatVictims(trx, forceId, previous.from, previous.to),
        compliance: await pcc.complianceResults(trx, forceId, bounds.from, bounds.to),
        checklist: settings.complianceChecklist,
        levels: await pcc.assessmentLevels(trx, forceId, bounds.from, bounds.to),
        scale: settings.tensionScale,
        signals: await pcc.signalCounts(trx, forceId, parsed.firstDay, parsed.endDay),
      });
      await recordAudit(trx, actor, { action: 'returns.pcc_report', recordType: 'return', details: { period: parsed.key, format, suppressed: !input.unsuppressed } });
      return report;
    });
  }

  /** The report as JSON. @throws 400 naming `period`; 403 without `aggregates:read`. */
  function report(actor: Actor, input: PccReportRequest): Promise<PccReport> {
    return build(actor, input, 'json');
  }

  /** The report as a PDF: each chart drawn and also printed as a table. */
  async function pdf(actor: Actor, input: PccReportRequest): Promise<{ report: PccReport; bytes: Buffer; fileName: string }> {
    const built = await build(actor, input, 'pdf');
    return { report: built, bytes: await renderPccReportPdf(built), fileName: `pcc-report-${built.period.key}.pdf` };
  }

  /** The report as an XLSX workbook, one sheet per section. */
  async function xlsx(actor: Actor, input: PccReportRequest): Promise<{ report: PccReport; bytes: Buffer; fileName: string }> {
    const built = await build(actor, input, 'xlsx');
    return { report: built, bytes: await renderPccReportXlsx(built), fileName: `pcc-report-${built.period.key}.xlsx` };
  }

  return { report, pdf, xlsx };
}

/** The panel report's service, as wired in `services.ts`. */
export type PccReportService = ReturnType<typeof createPccReportService>;
