import type { Actor, SystemActor } from '../platform/actor.ts';
import type { Trx } from '../db/scope.ts';

export interface AuditEntry {
  /** What happened, as `domain.verb`, e.g. `auth.signed_in`, `user.created`, `report.personal_details_read`. */
  action: string;
  /** The force whose record it is; defaults to the actor's force. */
  forceId?: string | null;
  recordType?: string;
  recordId?: string;
  /** Why, where the rules demand a reason (for example a disclosure). */
  reason?: string;
  /** Non-personal context only: ids, counts, filters. Never names, addresses or free text. */
  details?: Record<string, unknown>;
}

/**
 * Writes one audit row inside the caller's transaction, so the row and the work it records commit
 * or fail together. Refuses to run outside a transaction: an audit row that can outlive a rolled-back
 * change, or be lost from a committed one, is worthless.
 */
export async function recordAudit(trx: Trx, actor: Actor | SystemActor, entry: AuditEntry): Promise<void> {
  if (!trx.isTransaction) {
    throw new Error('recordAudit must run inside a transaction');
  }
  const byUser = actor.kind === 'user';
  await trx
    .insertInto('audit_events')
    .values({
      force_id: entry.forceId !== undefined ? entry.forceId : byUser ? actor.forceId : null,
      actor_user_id: byUser ? actor.userId : null,
      actor_email: byUser ? actor.email : actor.name,
      action: entry.action,
      record_type: entry.recordType ?? null,
      record_id: entry.recordId ?? null,
      ip: actor.ip ?? null,
      request_id: actor.requestId ?? null,
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .execute();
}
