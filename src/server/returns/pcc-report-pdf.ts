import type { PccReport } from '../../shared/returns/pcc-contract.ts';
import { formatLondon } from '../../shared/london-time.ts';
import { chartAsTable, renderPdf, type PdfBlock } from '../formats/pdf.ts';
import { countingNotes, formatChange, formatCount, formatPercent, formatSpan, outcomesChart, REPORT_TITLE, strandChart, trendChart } from './pcc-report-format.ts';

const heading = (text: string): PdfBlock => ({ kind: 'heading', text, level: 2 });

/**
 * The report as the panel reads it, section by section in seed 003's manner (purpose, figures with
 * year-on-year change, five-year trend). Every chart is followed by its figures as a table, for
 * readers who cannot use the picture. The suppressed version is OFFICIAL, fit to publish with the
 * panel's papers; the unsuppressed one is OFFICIAL-SENSITIVE.
 */
export function renderPccReportPdf(report: PccReport): Promise<Buffer> {
  const strands = strandChart(report);
  const trend = trendChart(report);
  const outcomes = outcomesChart(report);
  const t = report.tension;
  const blocks: PdfBlock[] = [
    heading('1. Purpose'),
    {
      kind: 'paragraph',
      text:
        `This report gives the Police and Crime Panel the force's hate crime and hate incident figures for ${report.period.label} ` +
        `(${formatSpan(report.period.from, report.period.to)}), compared with ${report.comparedWith.label}, with a five-year trend, ` +
        'the outcomes of closed cases, repeat victims, compliance with the force hate crime standard, and the community tension picture.' +
        (report.period.complete ? '' : ' The period has not ended: the figures are to date.'),
    },
    {
      kind: 'fields',
      items: [
        ['Period', `${report.period.label} (${formatSpan(report.period.from, report.period.to)})`],
        ['Compared with', `${report.comparedWith.label} (${formatSpan(report.comparedWith.from, report.comparedWith.to)})`],
        ['Figures as at', formatLondon(report.generatedAt)],
        ['Small numbers', report.suppression.applied ? 'Suppressed in areas (see notes)' : 'Not suppressed: internal use only'],
      ],
    },
    heading('2. Summary'),
    {
      kind: 'table',
      columns: ['Measure', 'This period', 'A year earlier', 'Change'],
      widths: [4, 1.3, 1.3, 1.2],
      rows: report.summary.map((s) => [s.label, formatCount(s.current), formatCount(s.previous), formatChange(s.changePercent)]),
    },
    heading('3. Hate crimes and incidents by strand'),
    {
      kind: 'table',
      columns: ['Strand', 'Hate crimes', 'Hate incidents', 'All', 'A year earlier', 'Change'],
      widths: [3, 1.2, 1.2, 1, 1.3, 1.1],
      rows: report.byStrand.map((s) => [s.label, formatCount(s.hateCrimes.current), formatCount(s.hateIncidents.current), formatCount(s.all.current), formatCount(s.all.previous), formatChange(s.all.changePercent)]),
    },
    { kind: 'barChart', ...strands },
    chartAsTable(strands, 'Strand'),
    heading('4. Hate crimes and incidents by policing area'),
    {
      kind: 'table',
      columns: ['Policing area', 'Hate crimes', 'Hate incidents', 'All', 'A year earlier', 'Change'],
      widths: [3, 1.2, 1.2, 1, 1.3, 1.1],
      rows: report.byArea.map((a) => [a.name, formatCount(a.hateCrimes.current), formatCount(a.hateIncidents.current), formatCount(a.all.current), formatCount(a.all.previous), formatChange(a.all.changePercent)]),
    },
    { kind: 'paragraph', text: 'This period, by policing area and strand (hate crimes and incidents together):' },
    {
      kind: 'table',
      columns: ['Policing area', ...report.byStrand.map((s) => s.label)],
      widths: [2.2, 0.9, 1.2, 1.3, 1.1, 1.4, 1.6],
      rows: report.areaByStrand.map((a) => [a.name, ...report.byStrand.map((s) => formatCount(a.counts[s.strand]))]),
    },
    { kind: 'paragraph', text: report.suppression.note },
    heading('5. Five-year trend'),
    { kind: 'lineChart', ...trend },
    // Wider columns for the long strand names, so no word breaks inside a header.
    { ...chartAsTable(trend, report.trend.length === 'quarter' ? 'Quarter' : 'Year'), widths: [1, 1.5, 1, 1.2, 1.3, 1.1, 1.4, 1.6] },
    heading('6. Outcomes of closed cases'),
    { kind: 'paragraph', text: `${report.outcomes.closed} cases were closed in the period, whenever they were received.` },
    ...(outcomes
      ? [
          { kind: 'table', columns: ['Outcome', 'Hate crimes', 'Hate incidents', 'Total'], widths: [3, 1, 1, 1], rows: report.outcomes.byReason.map((r) => [r.label, String(r.hateCrimes), String(r.hateIncidents), String(r.total)]) } satisfies PdfBlock,
          { kind: 'barChart', ...outcomes } satisfies PdfBlock,
          chartAsTable(outcomes, 'Outcome'),
        ]
      : []),
    heading('7. Repeat victims'),
    {
      kind: 'fields',
      items: [
        ['Reports in the period', String(report.repeatVictims.reports)],
        ['Linked to another report of the same victim', String(report.repeatVictims.linked)],
        ['From a victim who had reported before', `${report.repeatVictims.repeats} (${formatPercent(report.repeatVictims.repeatPercent)})`],
        ['A year earlier', String(report.repeatVictims.previousRepeats)],
      ],
    },
    heading('8. Compliance reviews'),
    {
      kind: 'fields',
      items: [
        ['Reports reviewed', String(report.compliance.reviewed)],
        ['Compliant', `${report.compliance.compliant} (${formatPercent(report.compliance.compliantPercent)})`],
        ['Reviews returned to the officer', String(report.compliance.returnedReviews)],
      ],
    },
    ...(report.compliance.missingItems.length
      ? [{ kind: 'table', columns: ['Checklist item missed in returned reviews', 'Times'], widths: [5, 1], rows: report.compliance.missingItems.map((m) => [m.label, String(m.count)]) } satisfies PdfBlock]
      : []),
    heading('9. Stop and search disproportionality'),
    { kind: 'paragraph', text: report.stopAndSearch.note },
    heading('10. Community tension and operations'),
    {
      kind: 'fields',
      items: [
        ['Tension assessments recorded', String(t.assessments)],
        ['Highest level assessed', t.highestLevel ?? 'None assessed in the period'],
        ['Signals raised', `${t.signals.raised} (red ${t.signals.red}, amber ${t.signals.amber})`],
        ['Signals now', `open ${t.signals.open}, acknowledged ${t.signals.acknowledged}, dismissed ${t.signals.dismissed}`],
      ],
    },
    {
      kind: 'table',
      columns: ['Tension level', 'Assessments', 'Areas at this level at their highest'],
      widths: [2, 1, 2],
      rows: t.byLevel.map((l) => [l.label, String(l.assessments), String(l.areasAtHighest)]),
    },
    { kind: 'paragraph', text: `Operations: ${t.operations.note.replace(/^Not/, 'not')}` },
    heading('Notes on the figures'),
    { kind: 'bullets', items: countingNotes(report) },
  ];
  return renderPdf({
    title: REPORT_TITLE,
    subtitle: `${report.period.label}, compared with ${report.comparedWith.label}`,
    forceName: report.forceName,
    marking: report.suppression.applied ? 'OFFICIAL' : 'OFFICIAL-SENSITIVE',
    author: 'Cohesion',
    createdAt: new Date(report.generatedAt),
    blocks,
  });
}
