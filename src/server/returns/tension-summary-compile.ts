import type { TensionLevel } from '../../shared/platform/settings.ts';
import type { CompiledArea, CompiledSignal, CompiledSummary } from '../../shared/returns/tension-summary-contract.ts';
import type { AssessmentResponse, SignalResponse, Trend } from '../../shared/tension/contract.ts';

/**
 * Pure: the structured part of a Community Tension Summary, from what the tension services and the
 * returns repository read. Kept apart from the SQL so that the grouping rules can be read and tested.
 */

/** A policing area as the tension map shows it: its highest current level and that assessment's trend. */
export interface MapAreaInput {
  id: string;
  code: string;
  name: string;
  level: string | null;
  levelLabel: string | null;
  trend: Trend | null;
  assessedAt: string | null;
  reviewOverdue: boolean;
}

/** A current assessment with its evidence; `policingAreaId` is its area or a neighbourhood's parent. */
export type CurrentAssessmentInput = AssessmentResponse & { policingAreaId: string };

/** One row of the report counts: per area and kind (strand null), or per area and strand (kind null). */
export interface CountRow {
  area_id: string | null;
  kind: 'hate_crime' | 'hate_incident' | null;
  strand: string | null;
  n: number;
}

export interface CiaInput {
  id: string;
  title: string;
  reference: string;
  version: number;
  signedOff: boolean;
  nextReviewAt: string;
}

export interface CompileInput {
  dataAsOf: Date;
  scale: TensionLevel[];
  map: MapAreaInput[];
  current: CurrentAssessmentInput[];
  /** Signals of the period's days, any status. */
  signals: SignalResponse[];
  counts: CountRow[];
  cias: CiaInput[];
}

const assessedFor = (a: AssessmentResponse) => (a.communityName ? `${a.communityName} (${a.areaName})` : a.areaName);

function compiledSignal(s: SignalResponse): CompiledSignal {
  return { id: s.id, day: s.day, strand: s.strand, level: s.level, observed: s.observed, expected: s.expected, ratio: s.ratio, reason: s.reason, status: s.status };
}

/** Red before amber, then the most recent day first: the order a reader wants them in. */
function bySeverity(a: CompiledSignal, b: CompiledSignal): number {
  return (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1) || b.day.localeCompare(a.day);
}

function countsOf(counts: CountRow[], areaId: string | null) {
  const mine = counts.filter((c) => c.area_id === areaId);
  const byStrand: Record<string, number> = {};
  for (const row of mine) {
    if (row.strand) {
      byStrand[row.strand] = (byStrand[row.strand] ?? 0) + row.n;
    }
  }
  const kind = (k: CountRow['kind']) => mine.filter((c) => c.kind === k && c.strand === null).reduce((sum, c) => sum + c.n, 0);
  return { hateCrimes: kind('hate_crime'), hateIncidents: kind('hate_incident'), byStrand };
}

function compileArea(area: MapAreaInput, input: CompileInput): CompiledArea {
  // Highest level first, so the assessment that sets the area's level leads its section.
  const assessments = input.current.filter((a) => a.policingAreaId === area.id).sort((a, b) => b.levelRank - a.levelRank || b.assessedAt.localeCompare(a.assessedAt));
  const rank = area.level === null ? -1 : input.scale.findIndex((l) => l.key === area.level);
  return {
    areaId: area.id,
    code: area.code,
    name: area.name,
    level: area.level,
    levelLabel: area.levelLabel,
    // A level since removed from the scale ranks lowest, as on the map.
    levelRank: area.level === null ? null : Math.max(rank, 0),
    trend: area.trend,
    assessedAt: area.assessedAt,
    reviewOverdue: area.reviewOverdue,
    assessments: assessments.map((a) => ({
      id: a.id,
      assessedFor: assessedFor(a),
      level: a.level,
      levelLabel: a.levelLabel,
      levelRank: a.levelRank,
      trend: a.trend,
      summary: a.summary,
      assessedAt: a.assessedAt,
      assessedBy: a.assessedBy,
      reviewOverdue: a.reviewOverdue,
    })),
    evidence: assessments.flatMap((a) =>
      a.evidence.map((e) => ({
        category: e.category,
        description: e.description,
        source: e.source,
        reliability: e.reliability,
        observedOn: e.observedOn,
        assessedFor: assessedFor(a),
        reportReference: e.reportReference,
      })),
    ),
    keyTriggers: assessments.flatMap((a) => a.keyTriggers.map((text) => ({ text, assessedFor: assessedFor(a) }))),
    // Stored as the assessor typed it (any offset): kept here as UTC, as the contract says.
    actions: assessments.flatMap((a) => a.actions.map((x) => ({ description: x.description, owner: x.owner, dueAt: x.dueAt ? new Date(x.dueAt).toISOString() : null, assessedFor: assessedFor(a) }))),
    ...countsOf(input.counts, area.id),
    signals: input.signals.filter((s) => s.areaId === area.id).map(compiledSignal).sort(bySeverity),
  };
}

/** The structured content of a return: one section per policing area, the force's totals and CIAs. */
export function compileSummary(input: CompileInput): CompiledSummary {
  const all = countsOf(input.counts.map((c) => ({ ...c, area_id: null })), null);
  const outside = countsOf(input.counts, null);
  return {
    dataAsOf: input.dataAsOf.toISOString(),
    scale: input.scale,
    totals: { ...all, outsideAreas: outside.hateCrimes + outside.hateIncidents },
    forceSignals: input.signals.filter((s) => s.areaId === null).map(compiledSignal).sort(bySeverity),
    areas: input.map.map((area) => compileArea(area, input)),
    cias: input.cias,
  };
}
