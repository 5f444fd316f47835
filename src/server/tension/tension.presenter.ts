import type { z } from 'zod';
import type { TensionLevel } from '../../shared/platform/settings.ts';
import type { AssessmentResponse, AssessmentSummary, CommunityResponse, KeyIndividualResponse, SignalResponse } from '../../shared/tension/contract.ts';
import type { AssessmentChanges } from './assessment-changes.ts';
import type { AssessmentRow, EvidenceRow } from './assessments.repository.ts';
import type { CommunityRow, KeyIndividualRow } from './communities.repository.ts';
import type { SignalRow } from './signals.repository.ts';

/** Rows to the response contracts: nothing unlisted leaves the server. */

const iso = (d: Date) => d.toISOString();

export function levelOf(scale: TensionLevel[], key: string): { label: string; rank: number; colour: string | null } {
  const rank = scale.findIndex((l) => l.key === key);
  // A level the force has since removed from its scale still reads as its key, ranked lowest.
  return rank < 0 ? { label: key, rank: 0, colour: null } : { label: scale[rank]?.label ?? key, rank, colour: scale[rank]?.colour ?? null };
}

export function presentCommunity(row: CommunityRow): CommunityResponse {
  return { id: row.id, name: row.name, kind: row.kind as CommunityResponse['kind'], areaId: row.area_id, areaName: row.area_name, description: row.description };
}

export function presentKeyIndividual(row: KeyIndividualRow): z.infer<typeof KeyIndividualResponse> {
  return { id: row.id, communityId: row.community_id, name: row.name, role: row.role, phone: row.phone, email: row.email, languages: row.languages, notes: row.notes, addedAt: iso(row.added_at) };
}

export function presentAssessmentSummary(row: AssessmentRow, scale: TensionLevel[], now = new Date()): AssessmentSummary {
  const level = levelOf(scale, row.level);
  return {
    id: row.id,
    areaId: row.area_id,
    areaName: row.area_name,
    communityId: row.community_id,
    communityName: row.community_name,
    level: row.level,
    levelLabel: level.label,
    levelRank: level.rank,
    trend: row.trend,
    assessedAt: iso(row.assessed_at),
    assessedBy: row.assessed_by_name,
    nextReviewAt: iso(row.next_review_at),
    reviewOverdue: row.superseded_by === null && row.next_review_at.getTime() < now.getTime(),
    supersededBy: row.superseded_by,
  };
}

type Action = { description: string; owner: string; dueAt: string | null };

export function actionsOf(row: AssessmentRow): Action[] {
  return Array.isArray(row.actions) ? (row.actions as Action[]) : [];
}

export function presentAssessment(row: AssessmentRow, evidence: EvidenceRow[], scale: TensionLevel[], changes: AssessmentChanges): AssessmentResponse {
  return {
    ...presentAssessmentSummary(row, scale),
    summary: row.summary,
    evidence: evidence.map((e) => ({
      id: e.id,
      category: e.category,
      description: e.description,
      source: e.source,
      reliability: e.reliability,
      observedOn: e.observed_on,
      reportId: e.report_id,
      signalId: e.signal_id,
      reportReference: e.report_reference,
      signalReason: e.signal_reason,
    })),
    keyTriggers: row.key_triggers,
    actions: actionsOf(row),
    partnersInformed: row.partners_informed,
    supersedes: row.supersedes,
    changes,
  };
}

export function presentSignal(row: SignalRow): SignalResponse {
  return {
    id: row.id,
    areaId: row.area_id,
    areaName: row.area_name ?? 'Whole force',
    strand: row.strand as SignalResponse['strand'],
    day: row.day,
    level: row.level,
    observed: row.observed,
    expected: Math.round(row.expected * 100) / 100,
    upper: Math.round(row.upper * 100) / 100,
    ratio: Math.round(row.ratio * 10) / 10,
    reason: row.reason,
    status: row.status,
    statusReason: row.status_reason,
    statusBy: row.status_by_name,
    statusAt: row.status_at ? iso(row.status_at) : null,
    raisedAt: iso(row.raised_at),
  };
}
