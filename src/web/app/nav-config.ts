import type { Permission } from '../../shared/platform/roles.ts';
import type en from '../locales/en.json';

/**
 * Every link of the main navigation, in order. A module adds its page here (and its route in
 * router.tsx); the shell shows a link only to people whose roles grant `permission`.
 */
export type NavItem = {
  to: string;
  label: `nav.${Exclude<keyof typeof en.nav, 'label'>}`;
  permission?: Permission;
  /** Active only on this exact path, not on every path below it. */
  end?: boolean;
};

export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/admin/audit', label: 'nav.audit', permission: 'audit:read' },
  { to: '/admin/users', label: 'nav.users', permission: 'admin:users' },
];
