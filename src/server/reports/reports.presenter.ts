import type { PublicReportStatus, PublicStatus } from '../../shared/reports/contract.ts';
import type { ReportRow, ReportStatus } from '../db/schema.ts';

const PUBLIC_STATUS: Record<ReportStatus, PublicStatus> = {
  new: 'received',
  triaged: 'being_assessed',
  assigned: 'with_an_officer',
  attended: 'with_an_officer',
  under_investigation: 'under_investigation',
  closed: 'closed',
};

/** The reporter's view: status and dates only, never notes, names or who is handling it. */
export function presentPublicStatus(row: ReportRow): PublicReportStatus {
  return {
    reference: row.reference,
    kind: row.kind,
    status: PUBLIC_STATUS[row.status],
    receivedAt: row.received_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    crimeNumber: row.recording_decision === 'crime' ? row.crime_number : null,
  };
}
