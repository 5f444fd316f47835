import type { Count, PccReport } from '../../shared/returns/pcc-contract.ts';
import type { PdfChart } from '../formats/pdf.ts';

/** Wording and charts shared by the PDF and the workbook, so both say the same thing. */

export const REPORT_TITLE = 'Hate crime and community tension: report to the Police and Crime Panel';

/** "+50.0%", "-20.0%", "0.0%", or "n/a" when there is no base to compare with. */
export function formatChange(change: number | null): string {
  if (change === null) {
    return 'n/a';
  }
  return `${change > 0 ? '+' : ''}${change.toFixed(1)}%`;
}

export const formatCount = (count: Count): string => String(count);

export const formatPercent = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(1)}%`);

const londonDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** "1 July 2026 to 30 September 2026": the last day is the one before `to` (periods end at midnight). */
export function formatSpan(from: string, to: string): string {
  return `${londonDate.format(new Date(from))} to ${londonDate.format(new Date(new Date(to).getTime() - 1))}`;
}

/** Strand names short enough to sit under a chart's bars. */
const SHORT_STRANDS: Record<string, string> = { religion: 'Religion', transgender: 'Transgender', other: 'Other' };

/** This period against a year earlier, by strand (both kinds together; force-wide, never suppressed). */
export function strandChart(report: PccReport): PdfChart {
  const asNumber = (c: Count) => (typeof c === 'number' ? c : 0);
  return {
    title: 'Hate crimes and incidents by strand',
    labels: report.byStrand.map((s) => SHORT_STRANDS[s.strand] ?? s.label),
    series: [
      { name: report.period.label, values: report.byStrand.map((s) => asNumber(s.all.current)) },
      { name: report.comparedWith.label, values: report.byStrand.map((s) => asNumber(s.all.previous)) },
    ],
    yAxisLabel: 'Reports',
  };
}

/** The five-year trend, one line per strand and one for all reports. */
export function trendChart(report: PccReport): PdfChart {
  return {
    title: `Five-year trend by ${report.trend.length}`,
    labels: report.trend.labels,
    series: report.trend.series.map((s) => ({ name: s.name, values: s.values })),
    xAxisLabel: report.trend.length === 'quarter' ? 'Quarter' : 'Year',
    yAxisLabel: 'Reports',
  };
}

/** Outcomes of the cases closed in the period; undefined when none closed (a chart needs a bar). */
export function outcomesChart(report: PccReport): PdfChart | undefined {
  if (report.outcomes.byReason.length === 0) {
    return undefined;
  }
  return {
    title: 'Outcomes of cases closed in the period',
    labels: report.outcomes.byReason.map((r) => r.label),
    series: [{ name: 'Cases closed', values: report.outcomes.byReason.map((r) => r.total) }],
    yAxisLabel: 'Cases',
  };
}

/** How the figures are counted: printed at the end of the PDF and on the workbook's Notes sheet. */
export function countingNotes(report: PccReport): string[] {
  return [
    'Counts are reports received in the period (London time), by the kind they were reported as: hate crime or hate incident. Community concerns are not counted.',
    '"Of which recorded as crimes" and "non-crime hate incidents" are those reports by the recording decision they carry now. The Home Office return counts recorded crimes by the date they were recorded instead.',
    'A report with several strands (for example race and religion) counts under each, so the strands add up to more than the total.',
    'Reports made during exercises are never counted.',
    `The comparison is with the same period a year earlier (${report.comparedWith.label}). A change is "n/a" when there were none a year earlier, or a count is hidden.`,
    report.suppression.note,
    'Repeat victims come from links staff made between reports of the same victim; contact details are not read for this report.',
    'Compliance is the share of reports reviewed in the period whose latest review in the period found every checklist item done.',
  ];
}
