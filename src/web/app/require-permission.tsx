import { Outlet } from 'react-router';
import type { Permission } from '../../shared/platform/roles.ts';
import { hasPermission, useMe } from '../lib/auth.ts';
import { ForbiddenPage } from './routes/forbidden-page.tsx';

/**
 * Pages a role cannot use are hidden from the menu; this answers anyone who types the address.
 * Given several permissions, any one of them opens the page.
 */
export function RequirePermission({ permission }: { permission: Permission | readonly Permission[] }) {
  const me = useMe();
  return hasPermission(me, permission) ? <Outlet /> : <ForbiddenPage />;
}
