import ExcelJS from 'exceljs';
import type { PeriodFigures } from '../../shared/cases/figures-contract.ts';
import { formatLondon } from '../../shared/london-time.ts';
import type { DailyPack } from '../../shared/returns/daily-pack-contract.ts';
import { chartAsTable, renderPdf, type PdfBlock, type PdfChart } from '../formats/pdf.ts';

/** The daily pack as a PDF for the meeting and as a workbook for the analyst: the same figures. */

const STRANDS = ['race', 'religion', 'sexual_orientation', 'disability', 'transgender', 'other'] as const;
const words = (key: string) => key.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());

const change = (now: number, before: number) => (before === 0 ? (now === 0 ? '0%' : 'n/a') : `${now >= before ? '+' : ''}${Math.round(((now - before) / before) * 100)}%`);

/** Rows of "this period, last year, change" for each period the pack compares. */
export function comparisonRows(pack: DailyPack): string[][] {
  const f = pack.figures;
  const rows: [string, PeriodFigures, PeriodFigures][] = [
    ['The day', f.day, f.dayLastYear],
    ['Last 7 days', f.last7Days, f.last7DaysLastYear],
    ['Last 28 days', f.last28Days, f.last28DaysLastYear],
  ];
  return rows.map(([label, now, before]) => [label, String(now.hateCrimes), String(now.hateIncidents), String(now.total), String(before.total), change(now.total, before.total)]);
}

export function strandRows(pack: DailyPack): string[][] {
  const f = pack.figures;
  return STRANDS.map((s) => [words(s), String(f.day.byStrand[s] ?? 0), String(f.last7Days.byStrand[s] ?? 0), String(f.last28Days.byStrand[s] ?? 0), String(f.last28DaysLastYear.byStrand[s] ?? 0)]);
}

export function areaRows(pack: DailyPack): string[][] {
  const seven = new Map(pack.figures.last7Days.byArea.map((a) => [a.name, a.count]));
  const day = new Map(pack.figures.day.byArea.map((a) => [a.name, a.count]));
  return pack.figures.last28Days.byArea.map((a) => [a.name, String(day.get(a.name) ?? 0), String(seven.get(a.name) ?? 0), String(a.count)]);
}

function trendChart(pack: DailyPack): PdfChart {
  return {
    title: 'Hate crimes and incidents by day, last 28 days, against the same weekdays last year',
    labels: pack.byDay.map((d) => d.day.slice(5)),
    series: [
      { name: 'This year', values: pack.byDay.map((d) => d.hateCrimes + d.hateIncidents) },
      { name: 'Last year', values: pack.byDay.map((d) => d.lastYear) },
    ],
    xAxisLabel: 'Day',
    yAxisLabel: 'Reports',
  };
}

export function renderDailyPackPdf(pack: DailyPack): Promise<Buffer> {
  const chart = trendChart(pack);
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'Hate crimes and incidents', level: 2 },
    { kind: 'table', columns: ['Period', 'Hate crimes', 'Hate incidents', 'All', 'Last year', 'Change'], rows: comparisonRows(pack), widths: [3, 2, 2, 1, 2, 2] },
    { kind: 'lineChart', ...chart },
    { kind: 'heading', text: 'By strand (a report with two strands counts in both)', level: 3 },
    { kind: 'table', columns: ['Strand', 'Day', '7 days', '28 days', '28 days last year'], rows: strandRows(pack) },
    { kind: 'heading', text: 'By policing area', level: 3 },
    { kind: 'table', columns: ['Area', 'Day', '7 days', '28 days'], rows: areaRows(pack), widths: [3, 1, 1, 1] },
    { kind: 'heading', text: 'Cases', level: 2 },
    {
      kind: 'fields',
      items: [
        ['Open cases', String(pack.cases.open)],
        ['Past their attendance target', String(pack.cases.overdueAttendance)],
        ['Recording decision later than 24 hours (NCRS, last 28 days)', String(pack.cases.recordingBreaches)],
        ['Compliance reviews (28 days)', `${pack.cases.complianceReviewed} reviewed, ${pack.cases.complianceRate === null ? 'no rate yet' : `${Math.round(pack.cases.complianceRate * 100)}% compliant`}`],
      ],
    },
    { kind: 'heading', text: 'Notable incidents (the day and the day before)', level: 2 },
    pack.notable.length
      ? { kind: 'table', columns: ['Reference', 'Area', 'Strands', 'Why'], rows: pack.notable.map((n) => [n.reference, n.areaName ?? '—', n.strands.map(words).join(', '), n.why]), widths: [3, 2, 2, 3] }
      : { kind: 'paragraph', text: 'None.' },
    { kind: 'heading', text: 'Community tension', level: 2 },
    { kind: 'table', columns: ['Area', 'Level', 'Trend', 'Review', 'Open signals'], rows: pack.tension.areas.map((a) => [a.name, a.levelLabel ?? 'Not assessed', a.trend ?? '—', a.reviewOverdue ? 'Overdue' : '—', String(a.openSignals)]), widths: [3, 2, 2, 2, 2] },
    pack.tension.openSignals.length ? { kind: 'bullets', items: pack.tension.openSignals.map((s) => `${s.level.toUpperCase()}: ${s.areaName}, ${s.strand ? words(s.strand) : 'all strands'} — ${s.reason}`) } : { kind: 'paragraph', text: 'No open signals.' },
    { kind: 'heading', text: 'Patrols', level: 2 },
    { kind: 'paragraph', text: 'Patrol compliance is not available yet: patrol plans arrive with the engagement module.' },
    { kind: 'heading', text: 'The chart as a table', level: 3 },
    chartAsTable(chart, 'Day'),
  ];
  return renderPdf({
    title: `Daily management meeting pack: ${pack.date}`,
    subtitle: `${pack.stored ? 'Generated' : 'Computed'} ${formatLondon(pack.generatedAt)} by ${pack.generatedBy}`,
    forceName: pack.forceName,
    marking: 'OFFICIAL-SENSITIVE',
    author: pack.generatedBy,
    createdAt: new Date(pack.generatedAt),
    blocks,
  });
}

export async function renderDailyPackXlsx(pack: DailyPack): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cohesion';
  workbook.created = new Date(pack.generatedAt);
  const sheet = (name: string, columns: string[], rows: (string | number)[][]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(columns).font = { bold: true };
    rows.forEach((r) => ws.addRow(r.map((cell) => (typeof cell === 'string' && /^-?\d+$/.test(cell) ? Number(cell) : cell))));
    ws.columns.forEach((c) => (c.width = 18));
  };
  sheet('Summary', ['Period', 'Hate crimes', 'Hate incidents', 'All', 'Last year', 'Change'], comparisonRows(pack));
  sheet('By day', ['Day', 'Hate crimes', 'Hate incidents', 'Same weekday last year'], pack.byDay.map((d) => [d.day, d.hateCrimes, d.hateIncidents, d.lastYear]));
  sheet('By strand', ['Strand', 'Day', '7 days', '28 days', '28 days last year'], strandRows(pack));
  sheet('By area', ['Area', 'Day', '7 days', '28 days'], areaRows(pack));
  sheet('Cases', ['Measure', 'Value'], [
    ['Open cases', pack.cases.open],
    ['Past their attendance target', pack.cases.overdueAttendance],
    ['Recording decision later than 24 hours (28 days)', pack.cases.recordingBreaches],
    ['Compliance reviews (28 days)', pack.cases.complianceReviewed],
    ['Compliant (%)', pack.cases.complianceRate === null ? '' : Math.round(pack.cases.complianceRate * 100)],
  ]);
  sheet('Notable', ['Reference', 'Kind', 'Area', 'Strands', 'Grade', 'Status', 'Received', 'Why'], pack.notable.map((n) => [n.reference, n.kind, n.areaName ?? '', n.strands.join(', '), n.grade ?? '', n.status, formatLondon(n.receivedAt), n.why]));
  sheet('Tension', ['Area', 'Level', 'Trend', 'Review overdue', 'Open signals'], pack.tension.areas.map((a) => [a.name, a.levelLabel ?? 'Not assessed', a.trend ?? '', a.reviewOverdue ? 'yes' : 'no', a.openSignals]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
