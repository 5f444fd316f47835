import type { Trx } from '../db/scope.ts';
import type { UserRow } from '../db/schema.ts';

export interface MembershipRow {
  force_id: string;
  roles: string[];
  code: string;
  name: string;
  is_demo: boolean;
}

export function findUserByEmail(trx: Trx, email: string): Promise<UserRow | undefined> {
  return trx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(trx: Trx, id: string): Promise<UserRow | undefined> {
  return trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByOidcSubject(trx: Trx, issuer: string, subject: string): Promise<UserRow | undefined> {
  return trx
    .selectFrom('users')
    .selectAll()
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}

/** The forces a user belongs to, oldest membership first (the default force at sign-in). */
export function listMemberships(trx: Trx, userId: string): Promise<MembershipRow[]> {
  return trx
    .selectFrom('memberships as m')
    .innerJoin('forces as f', 'f.id', 'm.force_id')
    .select(['m.force_id', 'm.roles', 'f.code', 'f.name', 'f.is_demo'])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .orderBy('f.code')
    .execute();
}

export function insertUser(
  trx: Trx,
  values: { email: string; name: string; passwordHash: string | null; oidcIssuer?: string; oidcSubject?: string },
): Promise<UserRow> {
  return trx
    .insertInto('users')
    .values({
      email: values.email,
      name: values.name,
      password_hash: values.passwordHash,
      oidc_issuer: values.oidcIssuer ?? null,
      oidc_subject: values.oidcSubject ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setPasswordHash(trx: Trx, userId: string, passwordHash: string): Promise<void> {
  await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function linkOidcSubject(trx: Trx, userId: string, issuer: string, subject: string): Promise<void> {
  await trx.updateTable('users').set({ oidc_issuer: issuer, oidc_subject: subject }).where('id', '=', userId).execute();
}

export async function markSignedIn(trx: Trx, userId: string): Promise<void> {
  await trx.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', userId).execute();
}

/** Adds the user to a force, or replaces their roles there. */
export async function upsertMembership(trx: Trx, userId: string, forceId: string, roles: readonly string[]): Promise<void> {
  await trx
    .insertInto('memberships')
    .values({ user_id: userId, force_id: forceId, roles: [...roles] })
    .onConflict((oc) => oc.columns(['user_id', 'force_id']).doUpdateSet({ roles: [...roles] }))
    .execute();
}

export interface ForceUserRow {
  id: string;
  email: string;
  name: string;
  roles: string[];
  disabled: boolean;
  created_at: Date;
}

/** Users of one force; row-level security already limits memberships to the actor's force. */
export function listForceUsers(trx: Trx, forceId: string): Promise<ForceUserRow[]> {
  return trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'm.roles', 'u.disabled', 'u.created_at'])
    .where('m.force_id', '=', forceId)
    .orderBy('u.name')
    .execute();
}

export function findForceUser(trx: Trx, forceId: string, userId: string): Promise<ForceUserRow | undefined> {
  return trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'm.roles', 'u.disabled', 'u.created_at'])
    .where('m.force_id', '=', forceId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
