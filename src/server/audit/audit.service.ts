import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import type { AuditEventRow } from '../db/schema.ts';
import type { AuditQuery } from '../../shared/platform/contract.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { recordAudit } from './audit.ts';
import { searchAuditEvents } from './audit.repository.ts';

const EXPORT_PAGE = 500;

export function createAuditService(deps: { db: Db }) {
  const { db } = deps;

  /** Searching the log is itself logged: the log says who looked at whom. */
  async function search(actor: Actor, query: AuditQuery): Promise<AuditEventRow[]> {
    requirePermission(actor, 'audit:read');
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      const rows = await searchAuditEvents(trx, actor.forceId, query);
      await recordAudit(trx, actor, { action: 'audit.searched', recordType: 'audit', details: { ...query } });
      return rows;
    });
  }

  /** Every matching row, page by page, for CSV export; one audit row for the whole export. */
  async function* exportRows(actor: Actor, query: Omit<AuditQuery, 'limit' | 'before'>): AsyncGenerator<AuditEventRow> {
    requirePermission(actor, 'audit:read');
    await inForceScope(db, { forceIds: [actor.forceId] }, (trx) =>
      recordAudit(trx, actor, { action: 'audit.exported', recordType: 'audit', details: { ...query } }),
    );
    let before: number | undefined;
    for (;;) {
      const page = await inForceScope(db, { forceIds: [actor.forceId] }, (trx) =>
        searchAuditEvents(trx, actor.forceId, { ...query, before, limit: EXPORT_PAGE }),
      );
      yield* page;
      const last = page.at(-1);
      if (page.length < EXPORT_PAGE || !last) {
        return;
      }
      before = last.id;
    }
  }

  return { search, exportRows };
}

export type AuditService = ReturnType<typeof createAuditService>;
