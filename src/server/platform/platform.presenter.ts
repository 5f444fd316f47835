import type { AreaResponse, ForceSummary, MeResponse, UserResponse } from '../../shared/platform/contract.ts';
import { Role } from '../../shared/platform/roles.ts';
import type { SessionContext } from './auth.service.ts';
import type { AreaSummaryRow } from './areas.repository.ts';
import type { ForceUserRow, MembershipRow } from './users.repository.ts';

const knownRoles = (roles: readonly string[]): Role[] => roles.filter((r): r is Role => Role.safeParse(r).success);

function presentForce(m: MembershipRow): ForceSummary {
  return { id: m.force_id, code: m.code, name: m.name, isDemo: m.is_demo };
}

export function presentMe(session: SessionContext): MeResponse {
  const { actor } = session;
  const active = session.forces.find((f) => f.force_id === actor.forceId);
  if (!active) {
    throw new Error('session without its active force');
  }
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name },
    force: presentForce(active),
    forces: session.forces.map(presentForce),
    roles: [...actor.roles],
    permissions: [...actor.permissions],
    csrfToken: session.csrfToken,
    sessionExpiresAt: session.expiresAt.toISOString(),
  };
}

export function presentUser(row: ForceUserRow): UserResponse {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: knownRoles(row.roles),
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentArea(row: AreaSummaryRow): AreaResponse {
  return {
    id: row.id,
    forceId: row.force_id,
    parentId: row.parent_id,
    level: row.level,
    code: row.code,
    name: row.name,
    hasBoundary: row.has_boundary,
  };
}
