import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inSystemScope } from '../db/scope.ts';
import { AppError, conflict, notFound, validationFailed } from '../http/errors.ts';
import { systemActor, type SystemActor } from '../platform/actor.ts';
import { findForceOrFail } from '../platform/forces.service.ts';
import * as repository from './open311.repository.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Recognisable in logs and by secret scanners; 256 random bits behind the prefix. */
const KEY_PREFIX = 'c311_';

const Organisation = z.string().trim().min(1, 'give the organisation’s name').max(200);

export interface Open311Key {
  id: string;
  forceCode: string;
  organisation: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Who a valid key speaks for. */
export interface Open311Caller {
  keyId: string;
  forceId: string;
  forceCode: string;
  organisation: string;
}

const present = (row: repository.Open311KeyRow): Open311Key => ({
  id: row.id,
  forceCode: row.force_code,
  organisation: row.organisation,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** The same answer for a missing, unknown and revoked key, so a caller learns nothing from it. */
const keyRefused = (missing: boolean) =>
  new AppError('forbidden', 403, missing ? 'api_key is required' : 'api_key is not valid or has been revoked');

/**
 * API keys of partner organisations for Open311. A key belongs to one organisation and one force;
 * only its SHA-256 is stored, so the plain key is shown once, when issued. Issued and revoked by
 * system administrators (the CLI), and audited.
 */
export function createOpen311KeysService(deps: { db: Db }) {
  const { db } = deps;

  async function issueKey(actor: SystemActor, input: { forceCode: string; organisation: string }): Promise<Open311Key & { key: string }> {
    const organisation = Organisation.safeParse(input.organisation);
    if (!organisation.success) {
      throw validationFailed([{ field: 'organisation', message: organisation.error.issues[0]?.message ?? 'is not valid' }]);
    }
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return inSystemScope(db, async (trx) => {
      const force = await findForceOrFail(trx, input.forceCode);
      const id = await repository.insertKey(trx, { forceId: force.id, organisation: organisation.data, keyHash: sha256(key) });
      await recordAudit(trx, actor, {
        action: 'open311.key_issued',
        forceId: force.id,
        recordType: 'open311_key',
        recordId: id,
        details: { organisation: organisation.data },
      });
      const row = await repository.findKey(trx, id);
      if (!row) {
        throw new Error('an issued key vanished within its transaction');
      }
      return { ...present(row), key };
    });
  }

  async function revokeKey(actor: SystemActor, id: string): Promise<Open311Key> {
    if (!z.uuid().safeParse(id).success) {
      throw notFound(`Open311 key ${id}`);
    }
    return inSystemScope(db, async (trx) => {
      const row = await repository.findKey(trx, id);
      if (!row) {
        throw notFound(`Open311 key ${id}`);
      }
      const revokedAt = await repository.revokeKey(trx, id);
      if (!revokedAt) {
        throw conflict(`Open311 key ${id} was already revoked`);
      }
      await recordAudit(trx, actor, {
        action: 'open311.key_revoked',
        forceId: row.force_id,
        recordType: 'open311_key',
        recordId: id,
        details: { organisation: row.organisation },
      });
      return present({ ...row, revoked_at: revokedAt });
    });
  }

  function listKeys(_actor: SystemActor, forceCode?: string): Promise<Open311Key[]> {
    return inSystemScope(db, async (trx) => {
      const force = forceCode ? await findForceOrFail(trx, forceCode) : undefined;
      return (await repository.listKeys(trx, force?.id)).map(present);
    });
  }

  /**
   * The caller behind an api_key, or 403. Looked up with the system's rights because the key is
   * what tells us the force. Use of a revoked key is audited (a leaked or forgotten key is worth
   * knowing about); unknown keys are not, so guesses cannot fill the audit log.
   */
  async function authenticate(origin: { ip: string | null; requestId: string | null }, apiKey: string | undefined): Promise<Open311Caller> {
    if (!apiKey) {
      throw keyRefused(true);
    }
    const row = await inSystemScope(db, async (trx) => {
      const found = await repository.findKeyByHash(trx, sha256(apiKey));
      if (found?.revoked_at) {
        await recordAudit(trx, systemActor(`open311:${found.organisation}`, origin), {
          action: 'open311.revoked_key_used',
          forceId: found.force_id,
          recordType: 'open311_key',
          recordId: found.id,
        });
      }
      return found;
    });
    if (!row || row.revoked_at) {
      throw keyRefused(false);
    }
    return { keyId: row.id, forceId: row.force_id, forceCode: row.force_code, organisation: row.organisation };
  }

  return { issueKey, revokeKey, listKeys, authenticate };
}

export type Open311KeysService = ReturnType<typeof createOpen311KeysService>;
