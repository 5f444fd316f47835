import type { Db } from '../db/connect.ts';
import { inForceScope, inSystemScope, type Trx } from '../db/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { conflict, notFound } from '../http/errors.ts';
import type { CreateUserRequest } from '../../shared/platform/contract.ts';
import { Role, permissionsFor } from '../../shared/platform/roles.ts';
import type { Actor, SystemActor } from './actor.ts';
import { requirePermission } from './platform.policy.ts';
import { findForceOrFail } from './forces.service.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import * as users from './users.repository.ts';

export interface CreatedUser {
  user: users.ForceUserRow;
  /** Set only when the password was generated: shown once, never stored in clear. */
  generatedPassword: string | undefined;
}

/**
 * Writes the identity (system scope: users span forces) and the membership of one force, in
 * the caller's transaction. An email already known gains a membership; its password is untouched.
 */
async function enrol(
  trx: Trx,
  actor: Actor | SystemActor,
  forceId: string,
  input: CreateUserRequest,
): Promise<CreatedUser> {
  const existing = await users.findUserByEmail(trx, input.email);
  if (existing && (await users.listMemberships(trx, existing.id)).some((m) => m.force_id === forceId)) {
    throw conflict(`${input.email} is already a user of this force`);
  }
  const generatedPassword = existing || input.password ? undefined : generatePassword();
  const password = input.password ?? generatedPassword;
  const user =
    existing ??
    (await users.insertUser(trx, {
      email: input.email,
      name: input.name,
      passwordHash: password ? await hashPassword(password) : null,
    }));
  await users.upsertMembership(trx, user.id, forceId, input.roles);
  await recordAudit(trx, actor, {
    action: existing ? 'user.added_to_force' : 'user.created',
    forceId,
    recordType: 'user',
    recordId: user.id,
    details: { roles: input.roles },
  });
  const row = await users.findForceUser(trx, forceId, user.id);
  if (!row) {
    throw new Error('membership not visible after insert');
  }
  return { user: row, generatedPassword };
}

export function createUsersService(deps: { db: Db }) {
  const { db } = deps;

  /** An admin adds a user to their own force. */
  async function createUser(actor: Actor, input: CreateUserRequest): Promise<CreatedUser> {
    requirePermission(actor, 'admin:users');
    return inSystemScope(db, (trx) => enrol(trx, actor, actor.forceId, input));
  }

  /** The CLI adds a user to a force named by code. */
  async function createUserInForce(actor: SystemActor, forceCode: string, input: CreateUserRequest): Promise<CreatedUser> {
    return inSystemScope(db, async (trx) => enrol(trx, actor, (await findForceOrFail(trx, forceCode)).id, input));
  }

  /** Sets a new password (the CLI's `user password`, and re-seeding the demo). */
  async function resetPassword(actor: SystemActor, email: string, password: string): Promise<void> {
    await inSystemScope(db, async (trx) => {
      const user = await users.findUserByEmail(trx, email);
      if (!user) {
        throw notFound(`user ${email}`);
      }
      await users.setPasswordHash(trx, user.id, await hashPassword(password));
      await recordAudit(trx, actor, { action: 'user.password_reset', forceId: null, recordType: 'user', recordId: user.id });
    });
  }

  async function listUsers(actor: Actor): Promise<users.ForceUserRow[]> {
    requirePermission(actor, 'admin:users');
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      const rows = await users.listForceUsers(trx, actor.forceId);
      await recordAudit(trx, actor, { action: 'user.listed', recordType: 'user', details: { count: rows.length } });
      return rows;
    });
  }

  async function getUser(actor: Actor, userId: string): Promise<users.ForceUserRow> {
    requirePermission(actor, 'admin:users');
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      // No force filter here on purpose beyond the actor's own: RLS decides what exists.
      const row = await users.findForceUser(trx, actor.forceId, userId);
      if (!row) {
        throw notFound('user');
      }
      await recordAudit(trx, actor, { action: 'user.read', recordType: 'user', recordId: userId });
      return row;
    });
  }

  /** People a supervisor can assign a case to: active users of the force whose roles work cases. */
  async function listAssignees(actor: Actor): Promise<{ id: string; name: string }[]> {
    requirePermission(actor, 'cases:assign');
    return inForceScope(db, { forceIds: [actor.forceId] }, async (trx) => {
      const rows = await users.listForceUsers(trx, actor.forceId);
      return rows
        .filter((u) => !u.disabled && permissionsFor(u.roles.filter((r): r is Role => Role.safeParse(r).success)).includes('cases:work'))
        .map((u) => ({ id: u.id, name: u.name }));
    });
  }

  return { createUser, createUserInForce, resetPassword, listUsers, getUser, listAssignees };
}

export type UsersService = ReturnType<typeof createUsersService>;
