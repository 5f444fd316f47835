import type { ReportRow } from '../db/schema.ts';
import { can } from '../platform/platform.policy.ts';
import type { Actor } from '../platform/actor.ts';

/**
 * Seed 002 §11: a hate crime cannot be closed without a crime number. A report counts as a crime
 * when it was recorded as one, or when it came in as a hate crime and no recording decision has
 * yet said otherwise. Returns the reason closing is refused, or null when it may close.
 */
export type ClosureRefusal = { code: 'conflict' | 'recording_decision_required' | 'crime_number_required'; reason: string };

export function whyNotClosable(report: Pick<ReportRow, 'kind' | 'recording_decision' | 'crime_number' | 'status'>): ClosureRefusal | null {
  if (report.status === 'closed') {
    return { code: 'conflict', reason: 'the report is already closed' };
  }
  if (report.kind !== 'concern' && report.recording_decision === null) {
    return { code: 'recording_decision_required', reason: 'make the crime-recording decision first' };
  }
  const isCrime = report.recording_decision === 'crime' || (report.kind === 'hate_crime' && report.recording_decision === null);
  if (isCrime && !report.crime_number) {
    return { code: 'crime_number_required', reason: 'a hate crime cannot be closed without a crime number' };
  }
  return null;
}

/** Officers work what is assigned to them; supervisors and inspectors may act on any case. */
export function canWorkOn(actor: Actor, report: Pick<ReportRow, 'assigned_user_id'>): boolean {
  return can(actor, 'cases:assign') || (can(actor, 'cases:work') && report.assigned_user_id === actor.userId);
}

/** When the crime-recording decision is due (NCRS: 24 hours from the report), until it is made. */
export function recordingDueAt(report: Pick<ReportRow, 'kind' | 'received_at' | 'recording_decision'>, hours: number): Date | null {
  if (report.kind === 'concern' || report.recording_decision !== null) {
    return null;
  }
  return new Date(report.received_at.getTime() + hours * 3_600_000);
}
