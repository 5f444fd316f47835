import ExcelJS from 'exceljs';
import type { PccReport } from '../../shared/returns/pcc-contract.ts';
import { formatLondon } from '../../shared/london-time.ts';
import { countingNotes, formatSpan, REPORT_TITLE } from './pcc-report-format.ts';

type Cell = string | number;

/** A change for a spreadsheet: the number (so it sorts and charts), or "n/a". */
const change = (value: number | null): Cell => value ?? 'n/a';

/**
 * The report as a workbook with one sheet per section, for analysts who chart or combine the
 * figures themselves. Counts are numbers; hidden counts keep their "<5" or "[c]" text.
 */
export async function renderPccReportXlsx(report: PccReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cohesion';
  workbook.created = new Date(report.generatedAt);
  workbook.title = `${REPORT_TITLE}: ${report.period.label}`;

  const sheet = (name: string, columns: string[], rows: Cell[][]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((header, i) => ({ header, width: Math.max(12, header.length + 2, i === 0 ? 36 : 0) }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(rows);
  };

  const t = report.tension;
  sheet('About', ['Item', 'Value'], [
    ['Report', REPORT_TITLE],
    ['Force', report.forceName],
    ['Period', `${report.period.label} (${formatSpan(report.period.from, report.period.to)})`],
    ['Compared with', `${report.comparedWith.label} (${formatSpan(report.comparedWith.from, report.comparedWith.to)})`],
    ['Period complete', report.period.complete ? 'yes' : 'no: figures to date'],
    ['Figures as at', formatLondon(report.generatedAt)],
    ['Protective marking', report.suppression.applied ? 'OFFICIAL' : 'OFFICIAL-SENSITIVE'],
    ...countingNotes(report).map((note, i): Cell[] => [`Note ${i + 1}`, note]),
  ]);
  sheet('Summary', ['Measure', 'This period', 'A year earlier', 'Change (%)'], report.summary.map((s) => [s.label, s.current, s.previous, change(s.changePercent)]));
  sheet(
    'By strand',
    ['Strand', 'Hate crimes', 'Hate crimes a year earlier', 'Hate incidents', 'Hate incidents a year earlier', 'All', 'All a year earlier', 'Change (%)'],
    report.byStrand.map((s) => [s.label, s.hateCrimes.current, s.hateCrimes.previous, s.hateIncidents.current, s.hateIncidents.previous, s.all.current, s.all.previous, change(s.all.changePercent)]),
  );
  sheet(
    'By area',
    ['Policing area', 'Hate crimes', 'Hate crimes a year earlier', 'Hate incidents', 'Hate incidents a year earlier', 'All', 'All a year earlier', 'Change (%)'],
    report.byArea.map((a) => [a.name, a.hateCrimes.current, a.hateCrimes.previous, a.hateIncidents.current, a.hateIncidents.previous, a.all.current, a.all.previous, change(a.all.changePercent)]),
  );
  sheet('Area by strand', ['Policing area', ...report.byStrand.map((s) => s.label)], report.areaByStrand.map((a) => [a.name, ...report.byStrand.map((s) => a.counts[s.strand])]));
  sheet(
    'Five-year trend',
    [report.trend.length === 'quarter' ? 'Quarter' : 'Year', ...report.trend.series.map((s) => s.name)],
    report.trend.labels.map((label, i) => [label, ...report.trend.series.map((s) => s.values[i] ?? 0)]),
  );
  sheet('Outcomes', ['Outcome', 'Hate crimes', 'Hate incidents', 'Total'], report.outcomes.byReason.map((r) => [r.label, r.hateCrimes, r.hateIncidents, r.total]));
  sheet('Repeat victims', ['Measure', 'Count'], [
    ['Reports in the period', report.repeatVictims.reports],
    ['Linked to another report of the same victim', report.repeatVictims.linked],
    ['From a victim who had reported before', report.repeatVictims.repeats],
    ['Repeat share (%)', report.repeatVictims.repeatPercent ?? 'n/a'],
    ['From a victim who had reported before, a year earlier', report.repeatVictims.previousRepeats],
  ]);
  sheet('Compliance', ['Measure', 'Count'], [
    ['Reports reviewed', report.compliance.reviewed],
    ['Compliant', report.compliance.compliant],
    ['Compliant (%)', report.compliance.compliantPercent ?? 'n/a'],
    ['Reviews returned to the officer', report.compliance.returnedReviews],
    ...report.compliance.missingItems.map((m): Cell[] => [`Missed: ${m.label}`, m.count]),
  ]);
  sheet('Stop and search', ['Status'], [[report.stopAndSearch.note]]);
  sheet('Tension', ['Measure', 'Count'], [
    ['Tension assessments recorded', t.assessments],
    ['Highest level assessed', t.highestLevel ?? 'none'],
    ...t.byLevel.map((l): Cell[] => [`Assessments at ${l.label}`, l.assessments]),
    ...t.byLevel.map((l): Cell[] => [`Areas whose highest was ${l.label}`, l.areasAtHighest]),
    ['Signals raised', t.signals.raised],
    ['Signals raised: red', t.signals.red],
    ['Signals raised: amber', t.signals.amber],
    ['Signals now open', t.signals.open],
    ['Signals acknowledged', t.signals.acknowledged],
    ['Signals dismissed', t.signals.dismissed],
    ['Operations', t.operations.note],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
