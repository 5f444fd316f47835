import { z } from 'zod';

/**
 * The roles of PRODUCT.md and the one permission matrix. Server policies check these
 * permissions; the web app reads the same matrix to show only links that work.
 */
export const Role = z.enum([
  'partner',
  'call_handler',
  'supervisor',
  'officer',
  'hate_crime_officer',
  'inspector',
  'npa_commander',
  'gold',
  'comms',
  'prevent_officer',
  'analyst',
  'pcc_office',
  'admin',
]);
export type Role = z.infer<typeof Role>;

export const Permission = z.enum([
  'reports:submit_as_partner',
  'reports:record_call',
  'reports:read',
  'cases:triage',
  'cases:assign',
  'cases:work',
  'cases:decide_recording',
  'cases:review_compliance',
  'figures:read',
  'tension:read',
  'tension:assess',
  'tension:key_individuals',
  'tension:sign_off',
  'command:read',
  'command:decide',
  'messages:draft',
  'messages:approve',
  'prevent:manage',
  'protect:manage',
  'engagement:manage',
  'returns:read',
  'returns:prepare',
  'returns:approve',
  'aggregates:read',
  'admin:users',
  'admin:forces',
  'audit:read',
]);
export type Permission = z.infer<typeof Permission>;

const matrix: Record<Role, readonly Permission[]> = {
  partner: ['reports:submit_as_partner'],
  call_handler: ['reports:record_call', 'reports:read', 'cases:triage'],
  supervisor: ['reports:record_call', 'reports:read', 'cases:triage', 'cases:assign', 'cases:decide_recording', 'figures:read'],
  officer: ['reports:read', 'cases:work', 'cases:decide_recording', 'engagement:manage'],
  hate_crime_officer: ['reports:read', 'cases:decide_recording', 'cases:review_compliance', 'figures:read', 'tension:read', 'tension:key_individuals', 'returns:prepare'],
  inspector: ['reports:read', 'cases:assign', 'cases:decide_recording', 'figures:read', 'tension:read', 'returns:read', 'returns:prepare'],
  npa_commander: [
    'reports:read',
    'figures:read',
    'tension:read',
    'tension:assess',
    'tension:key_individuals',
    'tension:sign_off',
    'command:read',
    'messages:approve',
    'engagement:manage',
    'returns:read',
    'returns:prepare',
    'returns:approve',
  ],
  gold: ['figures:read', 'tension:read', 'tension:key_individuals', 'tension:sign_off', 'command:read', 'command:decide', 'protect:manage', 'returns:read', 'returns:approve'],
  comms: ['messages:draft', 'messages:approve', 'tension:read'],
  prevent_officer: ['prevent:manage'],
  analyst: ['figures:read', 'tension:read', 'returns:read', 'returns:prepare', 'aggregates:read'],
  pcc_office: ['aggregates:read'],
  admin: ['admin:users', 'admin:forces', 'audit:read', 'protect:manage'],
};

/** Every permission the given roles grant, each once, in the matrix's order. */
export function permissionsFor(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => matrix[role]));
  return Permission.options.filter((p) => granted.has(p));
}
