import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../shared/platform/contract.ts';
import { hasPermission } from '../../lib/auth.ts';
import { navItems } from '../nav-config.ts';

/** Links the user can use, and only those; NavLink marks the current one with aria-current. */
export function PrimaryNav({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const items = navItems.filter((item) => hasPermission(me, item.permission));
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul className="primary-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="primary-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
