import { permissionsFor, type Permission, type Role } from '../../shared/platform/roles.ts';

/**
 * Who is asking. Every service function takes the actor first; the request layer builds it from
 * the session, the CLI from its own system actor.
 */
export interface Actor {
  kind: 'user';
  userId: string;
  email: string;
  name: string;
  forceId: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  /** Where the request came from, for the audit log. */
  ip: string | null;
  requestId: string | null;
}

/** Administrative work with no signed-in user behind it: the CLI, seeding, scheduled jobs. */
export interface SystemActor {
  kind: 'system';
  /** What is acting, e.g. `cli:user-add` or `public:report-form`; recorded as the audit row's actor. */
  name: string;
  /** For work done on behalf of an anonymous caller (the public form, Open311), where it came from. */
  ip?: string | null;
  requestId?: string | null;
}

export function userActor(fields: Omit<Actor, 'kind' | 'permissions'>): Actor {
  return { kind: 'user', ...fields, permissions: new Set(permissionsFor(fields.roles)) };
}

export function systemActor(name: string, origin: { ip?: string | null; requestId?: string | null } = {}): SystemActor {
  return { kind: 'system', name, ...origin };
}
