import type { Permission } from '../../shared/platform/roles.ts';
import { forbidden } from '../http/errors.ts';
import type { Actor } from './actor.ts';

/** Pure: does the actor's role grant this permission? */
export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** Throws 403 unless the actor holds the permission; call at the top of a service function. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw forbidden();
  }
}
