import type { Permission } from '../../shared/platform/roles.ts';
import type en from '../locales/en.json';

/**
 * Every link of the main navigation, in order. A module adds its page here (and its route in
 * router.tsx); the shell shows a link only to people whose roles grant `permission`.
 */
export type NavItem = {
  to: string;
  label: `nav.${Exclude<keyof typeof en.nav, 'label'>}`;
  /** Shown to holders of this permission (or of any one of several). */
  permission?: Permission | readonly Permission[];
  /** Active only on this exact path, not on every path below it. */
  end?: boolean;
};

export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/queue', label: 'nav.queue', permission: ['cases:triage', 'cases:assign'] },
  { to: '/reports/new', label: 'nav.recordCall', permission: 'reports:record_call' },
  { to: '/reports', label: 'nav.reports', permission: 'reports:read', end: true },
  { to: '/compliance', label: 'nav.compliance', permission: 'cases:review_compliance' },
  { to: '/figures', label: 'nav.figures', permission: 'figures:read' },
  { to: '/tension', label: 'nav.tension', permission: 'tension:read' },
  { to: '/returns', label: 'nav.returns', permission: ['returns:read', 'aggregates:read', 'returns:prepare'] },
  { to: '/partner', label: 'nav.partner', permission: 'reports:submit_as_partner' },
  { to: '/admin/audit', label: 'nav.audit', permission: 'audit:read' },
  { to: '/admin/users', label: 'nav.users', permission: 'admin:users' },
  { to: '/admin/open311-keys', label: 'nav.open311Keys', permission: 'admin:users' },
  { to: '/admin/jobs', label: 'nav.jobs', permission: 'admin:forces' },
];
