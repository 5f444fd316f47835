import type { QueueItem, ReportDetail } from '../../shared/cases/contract.ts';
import { Strand } from '../../shared/reports/contract.ts';
import type { ReportRow } from '../db/schema.ts';
import { recordingDueAt } from './cases.policy.ts';
import type { QueueRow } from './cases.repository.ts';

const strands = (values: string[]) => values.filter((s): s is Strand => Strand.safeParse(s).success);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentQueueItem(row: QueueRow, decisionHours: number): QueueItem {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    strands: strands(row.strands),
    grade: row.grade,
    receivedAt: row.received_at.toISOString(),
    attendanceDueAt: iso(row.attendance_due_at),
    recordingDueAt: iso(recordingDueAt(row, decisionHours)),
    areaName: row.area_name,
    assignedTo: row.assigned_user_id ? { id: row.assigned_user_id, name: row.assigned_name ?? '' } : null,
    assignedTeam: row.assigned_team,
    language: row.language,
    needsInterpreter: row.needs_interpreter,
    summary: row.summary,
  };
}

type DetailParts = Pick<ReportDetail, 'thrive' | 'history' | 'links' | 'suggestions' | 'complianceReviews' | 'photos'> & {
  areaName: string | null;
  neighbourhoodName: string | null;
  assignedName: string | null;
  hasContactDetails: boolean;
  decisionHours: number;
};

/** Staff view of a report. Contact details are deliberately absent: they are a separate, audited read. */
export function presentReportDetail(row: ReportRow, parts: DetailParts): ReportDetail {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    description: row.description,
    language: row.language,
    languageDetected: row.language_detected,
    translation: row.translation,
    needsInterpreter: row.needs_interpreter,
    occurredAt: row.occurred_at.toISOString(),
    occurredApproximate: row.occurred_approximate,
    occurredNote: row.occurred_note,
    ongoing: row.ongoing,
    strands: strands(row.strands),
    perceivedReligion: row.perceived_religion,
    online: row.online,
    onlinePlatform: row.online_platform,
    location: {
      postcode: row.location_postcode,
      latitude: row.location_latitude,
      longitude: row.location_longitude,
      description: row.location_description,
      areaName: parts.areaName,
      neighbourhoodName: parts.neighbourhoodName,
    },
    offenderDescription: row.offender_description,
    witnesses: row.witnesses,
    reporterRole: row.reporter_role,
    organisation: row.organisation,
    partnerOrganisation: row.partner_organisation,
    anonymous: row.anonymous,
    hasContactDetails: parts.hasContactDetails,
    protectiveMarking: row.protective_marking,
    grade: row.grade,
    attendanceDueAt: iso(row.attendance_due_at),
    assignedTo: row.assigned_user_id ? { id: row.assigned_user_id, name: parts.assignedName ?? '' } : null,
    assignedTeam: row.assigned_team,
    recordingDecision: row.recording_decision,
    recordingDecidedAt: iso(row.recording_decided_at),
    recordingDueAt: new Date(row.received_at.getTime() + parts.decisionHours * 3_600_000).toISOString(),
    crimeNumber: row.crime_number,
    closureReason: row.closure_reason,
    closedAt: iso(row.closed_at),
    receivedAt: row.received_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    thrive: parts.thrive,
    history: parts.history,
    links: parts.links,
    suggestions: parts.suggestions,
    complianceReviews: parts.complianceReviews,
    photos: parts.photos,
  };
}
