import type { z } from 'zod';
import type {
  AssignRequest,
  CloseRequest,
  ContactLogRequest,
  NoteRequest,
  RecordingDecisionRequest,
  StatusRequest,
  ThriveRequest,
  TranslationRequest,
} from '../../shared/cases/contract.ts';
import type { Permission } from '../../shared/platform/roles.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import type { ReportRow } from '../db/schema.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import { AppError, conflict, forbidden, notFound, validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { can, requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import { canWorkOn, whyNotClosable } from './cases.policy.ts';
import * as cases from './cases.repository.ts';
import { recordReportEvent } from '../reports/history.service.ts';

type Input<T extends z.ZodType> = z.output<T>;

/**
 * Everything staff do to a report after it arrives. Each action is one transaction: lock the
 * report (RLS hides other forces' reports, which therefore answer 404), check the rules, change
 * it, add a history event and an audit row, and tell live queues.
 */
export function createCaseActionsService(deps: { db: Db }) {
  async function act(
    actor: Actor,
    reportId: string,
    allowed: (report: ReportRow) => boolean,
    work: (trx: Trx, report: ReportRow) => Promise<{ event: string; details?: Record<string, unknown> }>,
  ): Promise<void> {
    await inForceScope(deps.db, { forceIds: [actor.forceId] }, async (trx) => {
      const report = await cases.lockReport(trx, reportId);
      if (!report || report.force_id !== actor.forceId) {
        throw notFound('report');
      }
      if (!allowed(report)) {
        throw forbidden();
      }
      const { event, details } = await work(trx, report);
      await recordReportEvent(trx, { forceId: report.force_id, reportId, actorUserId: actor.userId, actorName: actor.name || actor.email, kind: event, details });
      await recordAudit(trx, actor, { action: `report.${event}`, recordType: 'report', recordId: reportId, details });
    });
  }
  const holds = (actor: Actor, ...permissions: Permission[]) => () => permissions.some((p) => can(actor, p));

  /** THRIVE and grade; a re-THRIVE adds a new assessment and keeps the old ones. */
  function thrive(actor: Actor, reportId: string, input: Input<typeof ThriveRequest>) {
    requirePermission(actor, 'cases:triage');
    return act(actor, reportId, () => true, async (trx, report) => {
      const settings = await settingsOf(trx, report.force_id);
      const grade = settings.callGrades.find((g) => g.code === input.grade);
      if (!grade) {
        throw validationFailed([{ field: 'grade', message: `must be one of ${settings.callGrades.map((g) => g.code).join(', ')}` }]);
      }
      const due = grade.attendanceMinutes === null ? null : new Date(report.received_at.getTime() + grade.attendanceMinutes * 60_000);
      const { threat, harm, risk, investigation, vulnerability, engagement, rationale } = input;
      const elements = { threat, harm, risk, investigation, vulnerability, engagement };
      await trx
        .insertInto('thrive_assessments')
        .values({ force_id: report.force_id, report_id: reportId, elements: JSON.stringify(elements), grade: grade.code, attendance_due_at: due, rationale: rationale ?? null, assessed_by: actor.userId })
        .execute();
      const status = report.status === 'new' ? 'triaged' : report.status;
      await cases.updateReport(trx, reportId, { grade: grade.code, attendance_due_at: due, status });
      return { event: report.grade ? 're_thrived' : 'thrived', details: { grade: grade.code, previousGrade: report.grade } };
    });
  }

  function assign(actor: Actor, reportId: string, input: Input<typeof AssignRequest>) {
    requirePermission(actor, 'cases:assign');
    return act(actor, reportId, () => true, async (trx, report) => {
      if (report.status === 'closed') {
        throw conflict('reopen the report before assigning it');
      }
      const officer = input.userId ? await cases.findUserName(trx, input.userId) : undefined;
      if (input.userId && !officer) {
        throw validationFailed([{ field: 'userId', message: 'no such officer in this force' }]);
      }
      const status = report.status === 'new' || report.status === 'triaged' ? 'assigned' : report.status;
      await cases.updateReport(trx, reportId, { assigned_user_id: input.userId, assigned_team: input.team, status });
      return { event: 'assigned', details: { userId: input.userId, userName: officer?.name ?? null, team: input.team } };
    });
  }

  function setStatus(actor: Actor, reportId: string, input: Input<typeof StatusRequest>) {
    return act(actor, reportId, (r) => canWorkOn(actor, r), async (trx, report) => {
      if (report.status === 'closed') {
        throw conflict('reopen the report first');
      }
      await cases.updateReport(trx, reportId, { status: input.status });
      return { event: 'status_changed', details: { from: report.status, to: input.status } };
    });
  }

  function logContact(actor: Actor, reportId: string, input: Input<typeof ContactLogRequest>) {
    return act(actor, reportId, (r) => canWorkOn(actor, r), async () => ({ event: 'victim_contacted', details: { ...input } }));
  }

  function addNote(actor: Actor, reportId: string, input: Input<typeof NoteRequest>) {
    return act(actor, reportId, (r) => canWorkOn(actor, r) || can(actor, 'cases:triage'), async () => ({ event: 'note_added', details: { note: input.note } }));
  }

  function setTranslation(actor: Actor, reportId: string, input: Input<typeof TranslationRequest>) {
    return act(actor, reportId, holds(actor, 'cases:triage', 'cases:work', 'cases:assign'), async (trx) => {
      await cases.updateReport(trx, reportId, { translation: input.translation });
      return { event: 'translated' };
    });
  }

  /** The crime-recording decision: append-only; a new decision supersedes the last. */
  function decideRecording(actor: Actor, reportId: string, input: Input<typeof RecordingDecisionRequest>) {
    requirePermission(actor, 'cases:decide_recording');
    return act(actor, reportId, () => true, async (trx, report) => {
      const settings = await settingsOf(trx, report.force_id);
      if (input.decision === 'nchi' && !settings.nchiRecording) {
        throw validationFailed([{ field: 'decision', message: 'this force does not record non-crime hate incidents' }]);
      }
      await trx
        .insertInto('recording_decisions')
        .values({ force_id: report.force_id, report_id: reportId, decision: input.decision, crime_number: input.crimeNumber ?? null, rationale: input.rationale, decided_by: actor.userId })
        .execute();
      const decidedAt = new Date();
      await cases.updateReport(trx, reportId, { recording_decision: input.decision, crime_number: input.crimeNumber ?? null, offence_group: input.offenceGroup ?? null, recording_decided_at: decidedAt });
      const hours = (decidedAt.getTime() - report.received_at.getTime()) / 3_600_000;
      return {
        event: 'recording_decided',
        details: {
          decision: input.decision,
          crimeNumber: input.crimeNumber ?? null,
          withinLimit: hours <= settings.recordingDecisionHours,
          // Whether the subject's personal data may be kept with an NCHI (the code's second threshold).
          nchiPersonalDataAllowed: input.nchiThreshold ? input.nchiThreshold.significantHarmRisk || input.nchiThreshold.futureOffenceRisk : null,
          nchiThreshold: input.nchiThreshold ?? null,
        },
      };
    });
  }

  function close(actor: Actor, reportId: string, input: Input<typeof CloseRequest>) {
    return act(actor, reportId, (r) => canWorkOn(actor, r), async (trx, report) => {
      const refusal = whyNotClosable(report);
      if (refusal) {
        throw new AppError(refusal.code, 409, refusal.reason);
      }
      await cases.updateReport(trx, reportId, { status: 'closed', closure_reason: input.reason, closed_at: new Date() });
      return { event: 'closed', details: { reason: input.reason, notes: input.notes ?? null } };
    });
  }

  function reopen(actor: Actor, reportId: string) {
    requirePermission(actor, 'cases:assign');
    return act(actor, reportId, () => true, async (trx, report) => {
      if (report.status !== 'closed') {
        throw conflict('the report is not closed');
      }
      await cases.updateReport(trx, reportId, { status: report.assigned_user_id ? 'assigned' : 'triaged', closure_reason: null, closed_at: null });
      return { event: 'reopened' };
    });
  }

  return { thrive, assign, setStatus, logContact, addNote, setTranslation, decideRecording, close, reopen, act };
}

export type CaseActionsService = ReturnType<typeof createCaseActionsService>;
