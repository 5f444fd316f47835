import {
  CompiledSummary,
  EXPORT_SCHEMA,
  SummaryText,
  type CompiledArea,
  type TensionSummaryExport,
  type TensionSummaryListItem,
  type TensionSummaryResponse,
} from '../../shared/returns/tension-summary-contract.ts';
import type { Actor } from '../platform/actor.ts';
import { allowedActions } from './tension-summary.policy.ts';
import type { SummaryRow } from './tension-summary.repository.ts';

/** Rows to the response contracts, the national JSON and the CSV rows: nothing unlisted leaves. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const DAY = 86_400_000;

export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
}

/** Daily during an operation, weekly otherwise (APP: one CTS per force per week); anything else is custom. */
export function cadenceOf(days: number): 'daily' | 'weekly' | 'custom' {
  return days === 1 ? 'daily' : days === 7 ? 'weekly' : 'custom';
}

export function presentListItem(row: SummaryRow): TensionSummaryListItem {
  const days = periodDays(row.period_from, row.period_to);
  return {
    id: row.id,
    from: row.period_from,
    to: row.period_to,
    days,
    cadence: cadenceOf(days),
    version: row.version,
    status: row.status,
    corrects: row.corrects ? { id: row.corrects, version: row.corrects_version ?? row.version - 1, reason: row.correction_reason ?? '' } : null,
    supersededBy: row.superseded_by ? { id: row.superseded_by, version: row.superseded_by_version ?? row.version + 1 } : null,
    compiledAt: row.compiled_at.toISOString(),
    compiledBy: row.compiled_by_name,
    approvedAt: iso(row.approved_at),
    approvedBy: row.approved_by_name,
    issuedAt: iso(row.issued_at),
    issuedBy: row.issued_by_name,
  };
}

/** The stored JSON, read back through its contract (a row written by an older version still reads). */
export function contentOf(row: SummaryRow) {
  return { compiled: CompiledSummary.parse(row.compiled), text: SummaryText.parse(row.content) };
}

export function presentSummary(row: SummaryRow, actor: Actor, forceName: string): TensionSummaryResponse {
  const { compiled, text } = contentOf(row);
  return {
    ...presentListItem(row),
    forceName,
    revision: row.revision,
    editedAt: iso(row.edited_at),
    editedBy: row.edited_by_name,
    supersededAt: iso(row.superseded_at),
    allowed: allowedActions(actor, { status: row.status, authors: row.authors, corrected: row.correction_id !== null }),
    compiled,
    text,
  };
}

function textOf(summary: TensionSummaryResponse, area: CompiledArea) {
  return summary.text.areas.find((t) => t.areaId === area.areaId) ?? { summary: '', experienced: '', evidenced: '', potential: '', keyIncidents: '', actions: '' };
}

function evidenceOf(area: CompiledArea, category: 'experienced' | 'evidenced' | 'potential', text: string) {
  const items = area.evidence
    .filter((e) => e.category === category)
    .map((e) => ({ description: e.description, source: e.source, reliability: e.reliability, observedOn: e.observedOn, assessedFor: e.assessedFor, reportReference: e.reportReference }));
  return { count: items.length, text, items };
}

/** The machine-readable return for the national team (schema `cohesion/community-tension-summary@1`). */
export function presentExport(summary: TensionSummaryResponse, force: { code: string; name: string }): TensionSummaryExport {
  const { compiled } = summary;
  const signals = compiled.forceSignals.length + compiled.areas.reduce((n, a) => n + a.signals.length, 0);
  return {
    schema: EXPORT_SCHEMA,
    marking: 'OFFICIAL-SENSITIVE',
    id: summary.id,
    force,
    period: { from: summary.from, to: summary.to, days: summary.days, cadence: summary.cadence },
    version: summary.version,
    status: summary.status,
    corrects: summary.corrects,
    supersededBy: summary.supersededBy ? { ...summary.supersededBy, at: summary.supersededAt } : null,
    compiled: { at: summary.compiledAt, by: summary.compiledBy, dataAsOf: compiled.dataAsOf },
    approved: summary.approvedAt ? { at: summary.approvedAt, by: summary.approvedBy ?? '' } : null,
    issued: summary.issuedAt ? { at: summary.issuedAt, by: summary.issuedBy ?? '' } : null,
    scale: compiled.scale.map((l, rank) => ({ key: l.key, label: l.label, rank })),
    summary: summary.text.summary,
    context: summary.text.context,
    forthcoming: summary.text.forthcoming,
    totals: { hateCrimes: compiled.totals.hateCrimes, hateIncidents: compiled.totals.hateIncidents, byStrand: compiled.totals.byStrand, signals },
    areas: compiled.areas.map((area) => {
      const text = textOf(summary, area);
      return {
        code: area.code,
        name: area.name,
        level: area.level === null ? null : { key: area.level, label: area.levelLabel ?? area.level, rank: area.levelRank ?? 0 },
        trend: area.trend,
        assessedAt: area.assessedAt,
        summary: text.summary,
        experienced: evidenceOf(area, 'experienced', text.experienced),
        evidenced: evidenceOf(area, 'evidenced', text.evidenced),
        potential: evidenceOf(area, 'potential', text.potential),
        incidents: {
          hateCrimes: area.hateCrimes,
          hateIncidents: area.hateIncidents,
          byStrand: area.byStrand,
          signals: area.signals.map((s) => ({ day: s.day, strand: s.strand, level: s.level, observed: s.observed, expected: s.expected, ratio: s.ratio, reason: s.reason })),
          text: text.keyIncidents,
        },
        actions: { items: area.actions.map((a) => ({ description: a.description, owner: a.owner, dueAt: a.dueAt })), text: text.actions },
      };
    }),
  };
}

export const CSV_COLUMNS = [
  'period_from',
  'period_to',
  'version',
  'status',
  'area_code',
  'area',
  'level',
  'trend',
  'experienced_count',
  'experienced',
  'evidenced_count',
  'evidenced',
  'potential_count',
  'potential',
  'hate_crimes',
  'hate_incidents',
  'signals',
  'key_incidents',
  'actions',
] as const;

/** One CSV row per policing area: the counts from the compiled figures, the texts as edited. */
export function csvRows(summary: TensionSummaryResponse): Record<(typeof CSV_COLUMNS)[number], unknown>[] {
  return summary.compiled.areas.map((area) => {
    const text = textOf(summary, area);
    const count = (category: string) => area.evidence.filter((e) => e.category === category).length;
    return {
      period_from: summary.from,
      period_to: summary.to,
      version: summary.version,
      status: summary.status,
      area_code: area.code,
      area: area.name,
      level: area.levelLabel ?? '',
      trend: area.trend ?? '',
      experienced_count: count('experienced'),
      experienced: text.experienced,
      evidenced_count: count('evidenced'),
      evidenced: text.evidenced,
      potential_count: count('potential'),
      potential: text.potential,
      hate_crimes: area.hateCrimes,
      hate_incidents: area.hateIncidents,
      signals: area.signals.length,
      key_incidents: text.keyIncidents,
      actions: text.actions,
    };
  });
}
