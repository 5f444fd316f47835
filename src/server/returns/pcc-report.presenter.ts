import type { TensionLevel } from '../../shared/platform/settings.ts';
import { Strand } from '../../shared/reports/contract.ts';
import type { Comparison, Count, PccReport } from '../../shared/returns/pcc-contract.ts';
import type { ReportingPeriod } from '../../shared/returns/periods.ts';
import { changePercent, suppressCells } from './pcc-report-suppression.ts';
import type * as pcc from './pcc-report.repository.ts';
import { countOf, type BucketCount, type HateCount, type HateKind } from './returns-figures.repository.ts';

/** Words for the strands as the Home Office and the panel read them. */
export const STRAND_LABELS: Record<Strand, string> = {
  race: 'Race',
  religion: 'Religion or belief',
  sexual_orientation: 'Sexual orientation',
  disability: 'Disability',
  transgender: 'Transgender identity',
  other: 'Other (not monitored nationally)',
};

const CLOSURE_LABELS: Record<string, string> = {
  charged: 'Charged or summonsed',
  out_of_court: 'Out of court disposal',
  resolved: 'Resolved',
  no_further_action: 'No further action',
  victim_declined: 'Victim did not support action',
  duplicate: 'Duplicate report',
  other: 'Other',
  not_recorded: 'Reason not recorded',
};

/** What the report says, in place of figures, for parts of the picture Cohesion does not hold yet. */
export const NOT_AVAILABLE = {
  stopAndSearch: 'Not available: stop and search records arrive with the Protect module. No figures are shown rather than estimates.',
  operations: 'Not available: operations arrive with the Command module.',
} as const;

/** Everything the report is made from, read in one transaction by the service. */
export interface PccReportData {
  forceName: string;
  generatedAt: Date;
  period: ReportingPeriod & { from: Date; to: Date; complete: boolean };
  previous: ReportingPeriod & { from: Date; to: Date };
  suppress: boolean;
  areas: { id: string; name: string }[];
  current: HateCount[];
  prior: HateCount[];
  trendPeriods: ReportingPeriod[];
  trend: BucketCount[];
  closed: Awaited<ReturnType<typeof pcc.closedByReason>>;
  repeat: Awaited<ReturnType<typeof pcc.repeatVictims>>;
  priorRepeat: Awaited<ReturnType<typeof pcc.repeatVictims>>;
  compliance: Awaited<ReturnType<typeof pcc.complianceResults>>;
  checklist: { key: string; label: string }[];
  levels: Awaited<ReturnType<typeof pcc.assessmentLevels>>;
  scale: TensionLevel[];
  signals: Awaited<ReturnType<typeof pcc.signalCounts>>;
}

const KINDS: { key: 'hateCrimes' | 'hateIncidents' | 'all'; kind?: HateKind }[] = [
  { key: 'hateCrimes', kind: 'hate_crime' },
  { key: 'hateIncidents', kind: 'hate_incident' },
  { key: 'all' },
];

const compare = (current: Count, previous: Count): Comparison => ({ current, previous, changePercent: changePercent(current, previous) });
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** Builds the report: force-wide figures in full, area figures through suppression when asked. */
export function presentPccReport(data: PccReportData): PccReport {
  const noArea = [...data.current, ...data.prior].some((r) => !r.allAreas && r.areaId === null && r.n > 0);
  const areas = [...data.areas.map((a) => ({ areaId: a.id as string | null, name: a.name })), ...(noArea ? [{ areaId: null, name: 'No area recorded' }] : [])];
  const areaKey = (id: string | null) => id ?? 'none';

  // Area × kind and area × strand, for each period, with the groups whose sums are printed.
  const published = (rows: HateCount[]) => {
    const cells = new Map<string, number>();
    const groups: string[][] = [];
    for (const area of areas) {
      const row = KINDS.map(({ key, kind }) => {
        cells.set(`${areaKey(area.areaId)}:${key}`, countOf(rows, { kind, allAreas: false, areaId: area.areaId }));
        return `${areaKey(area.areaId)}:${key}`;
      });
      groups.push(row);
      for (const strand of Strand.options) {
        cells.set(`${areaKey(area.areaId)}:s:${strand}`, countOf(rows, { allAreas: false, areaId: area.areaId, strand }));
      }
    }
    for (const column of [...KINDS.map((k) => k.key), ...Strand.options.map((s) => `s:${s}`)]) {
      groups.push(areas.map((a) => `${areaKey(a.areaId)}:${column}`));
    }
    const shown = data.suppress ? suppressCells(cells, groups) : new Map<string, Count>(cells);
    return (key: string): Count => shown.get(key) ?? 0;
  };
  const now = published(data.current);
  const before = published(data.prior);

  const force = (rows: HateCount[], kind: HateKind | undefined, strand?: string) => countOf(rows, { kind, allAreas: true, strand });
  const recorded = (rows: HateCount[], decision: 'crime' | 'nchi') => countOf(rows, { allAreas: true, decision });
  const summaryRow = (measure: PccReport['summary'][number]['measure'], label: string, kind: HateKind | undefined) => ({
    measure,
    label,
    ...compare(force(data.current, kind), force(data.prior, kind)),
  });

  const rank = (level: string) => data.scale.findIndex((l) => l.key === level);
  const highestPerArea = new Map<string, string>();
  for (const row of data.levels) {
    const best = highestPerArea.get(row.area_id);
    if (best === undefined || rank(row.level) > rank(best)) {
      highestPerArea.set(row.area_id, row.level);
    }
  }
  // Levels since removed from the force's scale still count, under their key, after the scale.
  const levelKeys = [...data.scale.map((l) => l.key), ...new Set(data.levels.map((l) => l.level).filter((l) => rank(l) < 0))];
  const assessed = data.levels.reduce((sum, row) => sum + row.n, 0);
  const highest = [...highestPerArea.values()].sort((a, b) => rank(b) - rank(a))[0];

  const reasons = [...new Set(data.closed.map((r) => r.reason))].sort((a, b) => Object.keys(CLOSURE_LABELS).indexOf(a) - Object.keys(CLOSURE_LABELS).indexOf(b));
  const closedCount = (reason: string, kind: HateKind) => data.closed.find((r) => r.reason === reason && r.kind === kind)?.n ?? 0;

  const trendValue = (bucket: number, strand: string | null) => data.trend.filter((t) => t.bucket === bucket && t.strand === strand).reduce((sum, t) => sum + t.n, 0);
  const iso = (d: Date) => d.toISOString();

  return {
    forceName: data.forceName,
    generatedAt: iso(data.generatedAt),
    period: { key: data.period.key, label: data.period.label, from: iso(data.period.from), to: iso(data.period.to), basis: data.period.basis, length: data.period.length, complete: data.period.complete },
    comparedWith: { key: data.previous.key, label: data.previous.label, from: iso(data.previous.from), to: iso(data.previous.to) },
    suppression: {
      applied: data.suppress,
      threshold: 5,
      note: data.suppress
        ? 'Counts of 1 to 4 for a policing area are shown as "<5"; "[c]" hides a further count so that a "<5" cannot be worked out by subtraction. Force-wide figures are shown in full.'
        : 'Not suppressed: every count is shown as it is. For use inside the force only; do not publish.',
    },
    summary: [
      summaryRow('hate_crimes', 'Hate crimes reported', 'hate_crime'),
      summaryRow('hate_incidents', 'Hate incidents reported', 'hate_incident'),
      summaryRow('all', 'All hate crimes and incidents', undefined),
      { measure: 'recorded_crimes', label: 'Of which recorded as crimes', ...compare(recorded(data.current, 'crime'), recorded(data.prior, 'crime')) },
      { measure: 'recorded_nchis', label: 'Of which recorded as non-crime hate incidents', ...compare(recorded(data.current, 'nchi'), recorded(data.prior, 'nchi')) },
    ],
    byStrand: Strand.options.map((strand) => ({
      strand,
      label: STRAND_LABELS[strand],
      hateCrimes: compare(force(data.current, 'hate_crime', strand), force(data.prior, 'hate_crime', strand)),
      hateIncidents: compare(force(data.current, 'hate_incident', strand), force(data.prior, 'hate_incident', strand)),
      all: compare(force(data.current, undefined, strand), force(data.prior, undefined, strand)),
    })),
    byArea: areas.map((area) => {
      const cell = (key: string) => compare(now(`${areaKey(area.areaId)}:${key}`), before(`${areaKey(area.areaId)}:${key}`));
      return { ...area, hateCrimes: cell('hateCrimes'), hateIncidents: cell('hateIncidents'), all: cell('all') };
    }),
    areaByStrand: areas.map((area) => ({
      ...area,
      counts: Object.fromEntries(Strand.options.map((strand) => [strand, now(`${areaKey(area.areaId)}:s:${strand}`)])) as Record<Strand, Count>,
    })),
    trend: {
      length: data.period.length,
      labels: data.trendPeriods.map((p) => p.shortLabel),
      series: [
        { key: 'all' as const, name: 'All hate crimes and incidents', values: data.trendPeriods.map((_, i) => trendValue(i + 1, null)) },
        ...Strand.options.map((strand) => ({ key: strand, name: STRAND_LABELS[strand], values: data.trendPeriods.map((_, i) => trendValue(i + 1, strand)) })),
      ],
    },
    outcomes: {
      closed: data.closed.reduce((sum, r) => sum + r.n, 0),
      byReason: reasons.map((reason) => {
        const hateCrimes = closedCount(reason, 'hate_crime');
        const hateIncidents = closedCount(reason, 'hate_incident');
        return { reason, label: CLOSURE_LABELS[reason] ?? reason, hateCrimes, hateIncidents, total: hateCrimes + hateIncidents };
      }),
    },
    repeatVictims: { ...data.repeat, repeatPercent: percent(data.repeat.repeats, data.repeat.reports), previousRepeats: data.priorRepeat.repeats },
    compliance: {
      reviewed: data.compliance.reviewed,
      compliant: data.compliance.compliant,
      compliantPercent: percent(data.compliance.compliant, data.compliance.reviewed),
      returnedReviews: data.compliance.returned,
      missingItems: data.compliance.missing
        .map((m) => ({ key: m.key, label: data.checklist.find((c) => c.key === m.key)?.label ?? m.key, count: m.n }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    },
    stopAndSearch: { available: false, note: NOT_AVAILABLE.stopAndSearch },
    tension: {
      assessments: assessed,
      byLevel: levelKeys.map((level) => ({
        level,
        label: data.scale.find((l) => l.key === level)?.label ?? level,
        assessments: data.levels.filter((l) => l.level === level).reduce((sum, l) => sum + l.n, 0),
        areasAtHighest: [...highestPerArea.values()].filter((l) => l === level).length,
      })),
      highestLevel: highest === undefined ? null : (data.scale.find((l) => l.key === highest)?.label ?? highest),
      signals: data.signals,
      operations: { available: false, note: NOT_AVAILABLE.operations },
    },
  };
}
