import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Open311Organisation } from '../../shared/open311/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, inSystemScope, type Trx } from '../db/scope.ts';
import { AppError, conflict, notFound, validationFailed } from '../http/errors.ts';
import { systemActor, type Actor, type SystemActor } from '../platform/actor.ts';
import { findForceOrFail } from '../platform/forces.service.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import * as repository from './open311.repository.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Recognisable in logs and by secret scanners; 256 random bits behind the prefix. */
const KEY_PREFIX = 'c311_';

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

function parseOrganisation(value: string): string {
  const organisation = Open311Organisation.safeParse(value);
  if (!organisation.success) {
    throw validationFailed([{ field: 'organisation', message: organisation.error.issues[0]?.message ?? 'is not valid' }]);
  }
  return organisation.data;
}

/** Writes a new key and its audit row in the caller's (system) transaction. */
async function insertIssued(trx: Trx, actor: Actor | SystemActor, forceId: string, organisation: string): Promise<Open311Key & { key: string }> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = await repository.insertKey(trx, { forceId, organisation, keyHash: sha256(key) });
  await recordAudit(trx, actor, { action: 'open311.key_issued', forceId, recordType: 'open311_key', recordId: id, details: { organisation } });
  const row = await repository.findKey(trx, id);
  if (!row) {
    throw new Error('an issued key vanished within its transaction');
  }
  return { ...present(row), key };
}

/** Sets revoked_at on a key already found, audits it, or 409 when it was revoked before. */
async function revokeFound(trx: Trx, actor: Actor | SystemActor, row: repository.Open311KeyRow): Promise<Open311Key> {
  const revokedAt = await repository.revokeKey(trx, row.id);
  if (!revokedAt) {
    throw conflict(`Open311 key ${row.id} was already revoked`);
  }
  await recordAudit(trx, actor, {
    action: 'open311.key_revoked',
    forceId: row.force_id,
    recordType: 'open311_key',
    recordId: row.id,
    details: { organisation: row.organisation },
  });
  return present({ ...row, revoked_at: revokedAt });
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/**
 * API keys of partner organisations for Open311. A key belongs to one organisation and one force;
 * only its SHA-256 is stored, so the plain key is shown once, when issued. Issued and revoked by
 * a force's admins (`admin:users`, in their own force only: the web app) or by system
 * administrators (the CLI, any force), and audited either way.
 */
export function createOpen311KeysService(deps: { db: Db }) {
  const { db } = deps;

  async function issueKey(actor: SystemActor, input: { forceCode: string; organisation: string }): Promise<Open311Key & { key: string }> {
    const organisation = parseOrganisation(input.organisation);
    return inSystemScope(db, async (trx) => insertIssued(trx, actor, (await findForceOrFail(trx, input.forceCode)).id, organisation));
  }

  async function revokeKey(actor: SystemActor, id: string): Promise<Open311Key> {
    if (!isUuid(id)) {
      throw notFound(`Open311 key ${id}`);
    }
    return inSystemScope(db, async (trx) => {
      const row = await repository.findKey(trx, id);
      if (!row) {
        throw notFound(`Open311 key ${id}`);
      }
      return revokeFound(trx, actor, row);
    });
  }

  function listKeys(_actor: SystemActor, forceCode?: string): Promise<Open311Key[]> {
    return inSystemScope(db, async (trx) => {
      const force = forceCode ? await findForceOrFail(trx, forceCode) : undefined;
      return (await repository.listKeys(trx, force?.id)).map(present);
    });
  }

  /** The keys of the admin's own force, revoked ones included; audited as a read. */
  async function listForceKeys(actor: Actor): Promise<Open311Key[]> {
    requirePermission(actor, 'admin:users');
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      // Filtered by force as well as by RLS: a sharing agreement could make another force's keys readable.
      const rows = await repository.listKeys(trx, actor.forceId);
      await recordAudit(trx, actor, { action: 'open311.keys_listed', recordType: 'open311_key', details: { count: rows.length } });
      return rows.map(present);
    });
  }

  /**
   * An admin issues a key for their own force. The application role may only read keys, so the
   * write runs with the system's rights; the force is always the actor's, never the caller's say.
   */
  async function issueForceKey(actor: Actor, input: { organisation: string }): Promise<Open311Key & { key: string }> {
    requirePermission(actor, 'admin:users');
    const organisation = parseOrganisation(input.organisation);
    return inSystemScope(db, (trx) => insertIssued(trx, actor, actor.forceId, organisation));
  }

  /**
   * An admin revokes a key of their own force: a key of another force is "not found", so that its
   * existence does not leak. System rights for the write, as for issuing.
   */
  async function revokeForceKey(actor: Actor, id: string): Promise<Open311Key> {
    requirePermission(actor, 'admin:users');
    if (!isUuid(id)) {
      throw notFound('Open311 key');
    }
    return inSystemScope(db, async (trx) => {
      const row = await repository.findKeyOfForce(trx, actor.forceId, id);
      if (!row) {
        throw notFound('Open311 key');
      }
      return revokeFound(trx, actor, row);
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

  return { issueKey, revokeKey, listKeys, listForceKeys, issueForceKey, revokeForceKey, authenticate };
}

export type Open311KeysService = ReturnType<typeof createOpen311KeysService>;
