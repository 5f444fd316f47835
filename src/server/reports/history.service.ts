import type { Trx } from '../db/scope.ts';
import { insertEvent, notifyReportChanged } from './reports.repository.ts';

/**
 * A report's history and its live announcements, for every domain that changes a report. Both run
 * in the caller's transaction: the event and the notification exist only if the change commits.
 */
export async function recordReportEvent(
  trx: Trx,
  event: { forceId: string; reportId: string; actorUserId: string | null; actorName: string; kind: string; details?: Record<string, unknown> },
): Promise<void> {
  await insertEvent(trx, event);
  await notifyReportChanged(trx, event.forceId, event.reportId, event.kind);
}
