import type { z } from 'zod';
import type { LinkRequest, ReportDetail, ReportListQuery, StaffReportRequest, ThriveRating } from '../../shared/cases/contract.ts';
import type { ForceSettings } from '../../shared/platform/settings.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import { conflict, forbidden, notFound, validationFailed } from '../http/errors.ts';
import type { AreaLocator } from '../platform/area-locator.ts';
import type { Actor } from '../platform/actor.ts';
import { can, requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import { receiveReport, type Received } from '../reports/intake.service.ts';
import { presentReportDetail } from './cases.presenter.ts';
import * as cases from './cases.repository.ts';
import * as links from './links.repository.ts';

const iso = (d: Date) => d.toISOString();

function decodeCursor(cursor: string | undefined): { receivedAt: Date; id: string } | undefined {
  if (!cursor) {
    return undefined;
  }
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const receivedAt = new Date(at ?? '');
  if (!id || Number.isNaN(receivedAt.getTime())) {
    throw validationFailed([{ field: 'before', message: 'is not a cursor from this list' }]);
  }
  return { receivedAt, id };
}

export const encodeCursor = (row: { received_at: Date; id: string }) => Buffer.from(`${row.received_at.toISOString()}|${row.id}`).toString('base64url');

/** Reading reports and their cases; and the staff ways in (calls and partner submissions). */
export function createCaseViewService(deps: { db: Db; locateArea: AreaLocator }) {
  const { db } = deps;
  const scope = (actor: Actor) => ({ forceIds: [actor.forceId] });

  async function queue(actor: Actor): Promise<{ rows: cases.QueueRow[]; settings: ForceSettings }> {
    if (!can(actor, 'cases:triage') && !can(actor, 'cases:assign')) {
      throw forbidden();
    }
    return inForceScope(db, scope(actor), async (trx) => {
      const settings = await settingsOf(trx, actor.forceId);
      const rows = await cases.listQueue(trx, actor.forceId, settings.callGrades.map((g) => g.code));
      return { rows, settings };
    });
  }

  async function list(actor: Actor, query: ReportListQuery): Promise<{ rows: cases.QueueRow[]; nextBefore: string | null; settings: ForceSettings }> {
    requirePermission(actor, 'reports:read');
    return inForceScope(db, scope(actor), async (trx) => {
      const settings = await settingsOf(trx, actor.forceId);
      const rows = await cases.listReports(trx, actor.forceId, { ...query, before: decodeCursor(query.before), limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return { rows: page, nextBefore: rows.length > query.limit && last ? encodeCursor(last) : null, settings };
    });
  }

  async function detail(actor: Actor, reportId: string): Promise<ReportDetail> {
    requirePermission(actor, 'reports:read');
    return inForceScope(db, scope(actor), async (trx) => {
      const row = await cases.findReport(trx, reportId);
      if (!row) {
        throw notFound('report');
      }
      const [settings, events, thrive, reviews, linked, suggestions, places, contact, assigned, photos] = await Promise.all([
        settingsOf(trx, row.force_id),
        cases.listEvents(trx, reportId),
        cases.listThrive(trx, reportId),
        cases.listComplianceReviews(trx, reportId),
        links.listLinks(trx, reportId),
        links.findSuggestions(trx, reportId),
        cases.findPlaceNames(trx, [row.area_id, row.neighbourhood_id]),
        cases.findContact(trx, reportId),
        row.assigned_user_id ? cases.findUserName(trx, row.assigned_user_id) : Promise.resolve(undefined),
        cases.listPhotos(trx, reportId),
      ]);
      await recordAudit(trx, actor, { action: 'report.read', recordType: 'report', recordId: reportId });
      const placeName = (id: string | null) => places.find((p) => p.id === id)?.name ?? null;
      return presentReportDetail(row, {
        areaName: placeName(row.area_id),
        neighbourhoodName: placeName(row.neighbourhood_id),
        assignedName: assigned?.name ?? null,
        hasContactDetails: contact !== undefined,
        decisionHours: settings.recordingDecisionHours,
        history: events.map((e) => ({ at: iso(e.at), actorName: e.actor_name, kind: e.kind, details: e.details })),
        thrive: thrive.map((t) => ({
          id: t.id,
          elements: t.elements as Record<string, { rating: z.infer<typeof ThriveRating>; notes: string }>,
          grade: t.grade,
          attendanceDueAt: t.attendance_due_at ? iso(t.attendance_due_at) : null,
          rationale: t.rationale,
          assessedBy: t.assessed_by,
          assessedAt: iso(t.assessed_at),
        })),
        complianceReviews: reviews.map((r) => ({
          outcome: r.outcome,
          checklist: r.checklist as Record<string, boolean>,
          notes: r.notes,
          reviewedBy: r.reviewed_by,
          reviewedAt: iso(r.reviewed_at),
        })),
        photos: photos.map((p) => ({ id: p.id, contentType: p.content_type, sizeBytes: p.size_bytes, uploadedAt: iso(p.uploaded_at) })),
        links: linked.map((l) => ({ id: l.id, kind: l.kind, other: { id: l.other_id, reference: l.other_reference, receivedAt: iso(l.other_received_at) } })),
        suggestions: suggestions.map((s) => ({ kind: s.kind, why: s.why, other: { id: s.id, reference: s.reference, receivedAt: iso(new Date(s.received_at)) } })),
      });
    });
  }

  /** The reporter's contact details: personal data, so every read is audited. */
  async function contact(actor: Actor, reportId: string) {
    requirePermission(actor, 'reports:read');
    return inForceScope(db, scope(actor), async (trx) => {
      const row = await cases.findContact(trx, reportId);
      if (!row) {
        throw notFound('contact details');
      }
      await recordAudit(trx, actor, { action: 'report.contact_details_read', recordType: 'report', recordId: reportId });
      return row;
    });
  }

  /** A call taken by the control room, or a partner's report on behalf of someone. */
  async function recordStaffReport(actor: Actor, input: z.output<typeof StaffReportRequest>): Promise<Received> {
    requirePermission(actor, input.channel === 'call' ? 'reports:record_call' : 'reports:submit_as_partner');
    return inForceScope(db, scope(actor), async (trx) => {
      const force = await cases.findForce(trx, actor.forceId);
      return receiveReport(trx, deps, { forceId: force.id, forceCode: force.code }, actor, input.channel, input.report, {
        partnerOrganisation: input.channel === 'partner' ? (input.report.organisation ?? undefined) : undefined,
        exercise: input.exercise,
      });
    });
  }

  async function link(actor: Actor, reportId: string, input: z.output<typeof LinkRequest>): Promise<string> {
    requirePermission(actor, 'reports:read');
    if (!can(actor, 'cases:triage') && !can(actor, 'cases:assign') && !can(actor, 'cases:review_compliance')) {
      throw forbidden();
    }
    return inForceScope(db, scope(actor), async (trx: Trx) => {
      const [a, b] = await Promise.all([cases.findReport(trx, reportId), cases.findReport(trx, input.otherReportId)]);
      if (!a || !b || a.force_id !== b.force_id) {
        throw notFound('report');
      }
      if (a.id === b.id) {
        throw validationFailed([{ field: 'otherReportId', message: 'a report cannot be linked to itself' }]);
      }
      const id = await links.insertLink(trx, a.force_id, a.id, b.id, input.kind, actor.userId).catch(() => {
        throw conflict('these reports are already linked that way');
      });
      await recordAudit(trx, actor, { action: 'report.linked', recordType: 'report', recordId: reportId, details: { other: b.id, kind: input.kind } });
      return id;
    });
  }

  async function unlink(actor: Actor, reportId: string, linkId: string): Promise<void> {
    requirePermission(actor, 'reports:read');
    await inForceScope(db, scope(actor), async (trx) => {
      if (!(await links.removeLink(trx, linkId, reportId, actor.userId))) {
        throw notFound('link');
      }
      await recordAudit(trx, actor, { action: 'report.unlinked', recordType: 'report', recordId: reportId, details: { linkId } });
    });
  }

  /** Every report matching the filters, page by page, for CSV export; one audit row for the export. */
  async function* exportRows(actor: Actor, query: Omit<ReportListQuery, 'before' | 'limit'>): AsyncGenerator<cases.QueueRow> {
    requirePermission(actor, 'reports:read');
    await inForceScope(db, scope(actor), (trx) => recordAudit(trx, actor, { action: 'report.exported', recordType: 'report', details: { ...query } }));
    let before: { receivedAt: Date; id: string } | undefined;
    for (;;) {
      const page = await inForceScope(db, scope(actor), (trx) => cases.listReports(trx, actor.forceId, { ...query, before, limit: 1000 }));
      yield* page;
      const last = page.at(-1);
      if (page.length < 1000 || !last) {
        return;
      }
      before = { receivedAt: last.received_at, id: last.id };
    }
  }

  /** A partner's (or any submitter's) own reports, to follow what happened to them. */
  async function mine(actor: Actor) {
    return inForceScope(db, scope(actor), (trx) => cases.listSubmittedBy(trx, actor.userId));
  }

  /** One photo of a report: evidence that may show people, so every view is audited. */
  async function photo(actor: Actor, reportId: string, photoId: string) {
    requirePermission(actor, 'reports:read');
    return inForceScope(db, scope(actor), async (trx) => {
      const found = await cases.findPhoto(trx, reportId, photoId);
      if (!found) {
        throw notFound('photo');
      }
      await recordAudit(trx, actor, { action: 'report.photo_viewed', recordType: 'report', recordId: reportId, details: { photoId } });
      return found;
    });
  }

  return { queue, list, detail, contact, photo, recordStaffReport, link, unlink, exportRows, mine };
}

export type CaseViewService = ReturnType<typeof createCaseViewService>;
