import { createHash, randomBytes } from 'node:crypto';
import type { Channel, PublicReport, PublicReportReceipt, PublicReportStatus } from '../../shared/reports/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import type { Actor, SystemActor } from '../platform/actor.ts';
import { safeEqual } from '../platform/auth.service.ts';
import type { ForcesService } from '../platform/forces.service.ts';
import type { AreaLocator } from '../platform/area-locator.ts';
import { detectLanguage } from './language.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_REPORT, sniffPhotoType } from './photos.ts';
import { presentPublicStatus } from './reports.presenter.ts';
import { formatReference, formatSecret, londonYear, normaliseSecret, referencePrefix } from './references.ts';
import * as reports from './reports.repository.ts';
import { recordReportEvent } from './history.service.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sha256Bytes = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface Received {
  reportId: string;
  reference: string;
  secret: string;
}

/**
 * Every channel's way in. One function turns a validated report into a record: reference, secret,
 * language, area, contact details kept apart, the first history event, an audit row and a
 * notification for live queues — all in the caller's transaction.
 */
export async function receiveReport(
  trx: Trx,
  deps: { locateArea: AreaLocator },
  target: { forceId: string; forceCode: string },
  actor: Actor | SystemActor,
  channel: Channel,
  report: PublicReport,
  extra: { partnerOrganisation?: string; exercise?: boolean } = {},
): Promise<Received> {
  const now = new Date();
  const secret = formatSecret(randomBytes(16));
  const { language, detected } = report.language
    ? { language: report.language, detected: false }
    : detectLanguage(report.description, report.contact?.language);
  const place = await deps.locateArea(trx, target.forceId, report.location ?? {});
  // The counter's row stays locked until this transaction commits, so concurrent reports of the
  // force queue behind it: take the number only once the slower work above is done.
  const serial = await reports.nextReferenceNumber(trx, target.forceId, referencePrefix(report.kind), londonYear(now));
  const reference = formatReference(target.forceCode, report.kind, londonYear(now), serial);
  const byUser = actor.kind === 'user';
  const row = await reports.insertReport(trx, {
    force_id: target.forceId,
    reference,
    kind: report.kind,
    channel,
    description: report.description,
    language,
    language_detected: detected,
    needs_interpreter: report.contact?.needsInterpreter ?? false,
    occurred_at: report.occurredAt,
    occurred_approximate: report.occurredApproximate,
    occurred_note: report.occurredNote ?? null,
    ongoing: report.ongoing,
    strands: report.strands,
    perceived_religion: report.perceivedReligion ?? null,
    online: report.online,
    online_platform: report.onlinePlatform ?? null,
    location_postcode: report.location?.postcode ?? null,
    location_latitude: place.latitude,
    location_longitude: place.longitude,
    location_description: report.location?.description ?? null,
    area_id: place.areaId,
    neighbourhood_id: place.neighbourhoodId,
    offender_description: report.offenderDescription ?? null,
    witnesses: report.witnesses ?? null,
    reporter_role: report.reporterRole,
    exercise: extra.exercise ?? false,
    organisation: report.organisation ?? null,
    anonymous: report.anonymous,
    secret_hash: sha256(normaliseSecret(secret)),
    submitted_by: byUser ? actor.userId : null,
    partner_organisation: extra.partnerOrganisation ?? null,
  });
  if (report.contact) {
    const c = report.contact;
    await reports.insertContact(trx, {
      report_id: row.id,
      force_id: target.forceId,
      name: c.name,
      email: c.email?.toLowerCase() ?? null,
      phone: c.phone ?? null,
      preferred_method: c.preferredMethod ?? null,
      best_times: c.bestTimes ?? null,
      language: c.language ?? null,
      needs_interpreter: c.needsInterpreter,
      needs_text_relay: c.needsTextRelay,
      notes: c.notes ?? null,
    });
  }
  await recordReportEvent(trx, {
    forceId: target.forceId,
    reportId: row.id,
    actorUserId: byUser ? actor.userId : null,
    actorName: byUser ? actor.name || actor.email : actor.name,
    kind: 'received',
    details: { channel, language, detected },
  });
  await recordAudit(trx, actor, {
    action: 'report.received',
    forceId: target.forceId,
    recordType: 'report',
    recordId: row.id,
    details: { channel, withContactDetails: report.contact !== undefined },
  });
  return { reportId: row.id, reference, secret };
}

export function createIntakeService(deps: {
  db: Db;
  forces: ForcesService;
  locateArea: AreaLocator;
  publicForceCode: string | undefined;
  publicUrl: string;
}) {
  const { db } = deps;

  /** The force the public pages report to: the configured one, else the demo force, else the only force. */
  async function publicForce(): Promise<{ id: string; code: string }> {
    const all = await deps.forces.listAll();
    const chosen = deps.publicForceCode
      ? all.find((f) => f.code === deps.publicForceCode)
      : (all.find((f) => f.is_demo) ?? (all.length === 1 ? all[0] : undefined));
    if (!chosen) {
      throw new AppError('service_unavailable', 503, 'public reporting is not set up here yet (set PUBLIC_FORCE)');
    }
    return { id: chosen.id, code: chosen.code };
  }

  /**
   * A report from the public form or API. With an Idempotency-Key, a retry of the same request
   * gets the first answer back (same reference and secret) and stores nothing twice.
   */
  async function submitPublicReport(
    origin: { ip: string | null; requestId: string | null },
    report: PublicReport,
    idempotencyKey?: string,
  ): Promise<PublicReportReceipt> {
    const force = await publicForce();
    const requestHash = sha256(JSON.stringify(report));
    return inForceScope(db, { forceIds: [force.id] }, async (trx) => {
      if (idempotencyKey) {
        const earlier = await reports.findIdempotentResponse(trx, force.id, idempotencyKey);
        if (earlier) {
          if (earlier.request_hash !== requestHash) {
            throw conflict('this Idempotency-Key was used for a different report');
          }
          return earlier.response as PublicReportReceipt;
        }
      }
      const actor = { kind: 'system' as const, name: 'public:report', ...origin };
      const received = await receiveReport(trx, deps, { forceId: force.id, forceCode: force.code }, actor, 'web', report);
      const receipt = {
        reference: received.reference,
        secret: received.secret,
        statusUrl: `${deps.publicUrl}/report/status?reference=${encodeURIComponent(received.reference)}`,
      };
      if (idempotencyKey) {
        await reports.saveIdempotentResponse(trx, force.id, idempotencyKey, requestHash, receipt);
      }
      return receipt;
    });
  }

  /** What the reporter may see, given the reference and the secret; any mismatch is "not found". */
  async function publicStatus(reference: string, secret: string): Promise<PublicReportStatus> {
    const force = await publicForce();
    return inForceScope(db, { forceIds: [force.id] }, async (trx) => {
      const row = await reports.findReportByReference(trx, reference);
      if (!row || !safeEqual(row.secret_hash, sha256(normaliseSecret(secret)))) {
        throw notFound('report');
      }
      return presentPublicStatus(row);
    });
  }

  /**
   * A photo or screenshot added by the reporter, with the reference and secret, within a day of the
   * report and while it is open: at most five, each a real JPEG, PNG or WebP of at most 5 MB.
   */
  async function addPublicPhoto(
    origin: { ip: string | null; requestId: string | null },
    reference: string,
    secret: string,
    bytes: Buffer,
  ): Promise<{ id: string }> {
    const type = sniffPhotoType(bytes);
    if (!type) {
      throw new AppError('unsupported_media_type', 415, 'send a JPEG, PNG or WebP image');
    }
    if (bytes.length > MAX_PHOTO_BYTES) {
      throw new AppError('payload_too_large', 413, 'a photo may be at most 5 MB');
    }
    const force = await publicForce();
    return inForceScope(db, { forceIds: [force.id] }, async (trx) => {
      const row = await reports.findReportByReference(trx, reference);
      if (!row || !safeEqual(row.secret_hash, sha256(normaliseSecret(secret)))) {
        throw notFound('report');
      }
      if (row.status === 'closed' || Date.now() - row.received_at.getTime() > 24 * 3_600_000) {
        throw conflict('photos can be added within a day of reporting, while the report is open');
      }
      if ((await reports.countPhotos(trx, row.id)) >= MAX_PHOTOS_PER_REPORT) {
        throw conflict(`a report can carry at most ${MAX_PHOTOS_PER_REPORT} photos`);
      }
      const id = await reports.insertPhoto(trx, { forceId: row.force_id, reportId: row.id, contentType: type, bytes, sha256: sha256Bytes(bytes) });
      const actor = { kind: 'system' as const, name: 'public:report', ...origin };
      await recordReportEvent(trx, { forceId: row.force_id, reportId: row.id, actorUserId: null, actorName: 'the reporter', kind: 'photo_added', details: { photoId: id, contentType: type, size: bytes.length } });
      await recordAudit(trx, actor, { action: 'report.photo_added', forceId: row.force_id, recordType: 'report', recordId: row.id, details: { photoId: id } });
      return { id };
    });
  }

  return { submitPublicReport, publicStatus, publicForce, addPublicPhoto };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
