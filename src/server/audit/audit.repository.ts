import type { Trx } from '../db/scope.ts';
import type { AuditEventRow } from '../db/schema.ts';
import type { AuditQuery } from '../../shared/platform/contract.ts';

/** Newest first, cursor-paged by id; RLS limits rows to the actor's force. */
export function searchAuditEvents(trx: Trx, forceId: string, query: AuditQuery): Promise<AuditEventRow[]> {
  let q = trx.selectFrom('audit_events').selectAll().where('force_id', '=', forceId);
  if (query.from) {
    q = q.where('at', '>=', new Date(query.from));
  }
  if (query.to) {
    q = q.where('at', '<', new Date(query.to));
  }
  if (query.actor) {
    q = q.where('actor_email', 'ilike', `%${query.actor.replace(/[\\%_]/g, '\\$&')}%`);
  }
  if (query.action) {
    q = q.where('action', '=', query.action);
  }
  if (query.recordType) {
    q = q.where('record_type', '=', query.recordType);
  }
  if (query.recordId) {
    q = q.where('record_id', '=', query.recordId);
  }
  if (query.before) {
    q = q.where('id', '<', query.before);
  }
  return q.orderBy('id', 'desc').limit(query.limit).execute();
}
