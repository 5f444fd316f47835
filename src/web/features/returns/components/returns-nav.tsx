import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../../shared/platform/roles.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';

/** The module's pages and who may open each (the routes in router.tsx say the same). */
export const returnsPages = [
  { to: '/returns/daily-pack', key: 'dailyPack', permission: ['returns:read'] },
  { to: '/returns/tension-summaries', key: 'tensionSummaries', permission: ['returns:read', 'returns:prepare', 'returns:approve'] },
  { to: '/returns/pcc-report', key: 'pccReport', permission: ['aggregates:read'] },
  { to: '/returns/exports', key: 'exports', permission: ['returns:read'] },
] as const satisfies readonly { to: string; key: string; permission: readonly Permission[] }[];

/** The module's own pages, under the main navigation's one "Returns" link; only those the user may open. */
export function ReturnsNav() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <nav className="sub-nav" aria-label={t('returns.nav.label')}>
      <ul className="sub-nav__list">
        <li>
          <NavLink to="/returns" end className="sub-nav__link">
            {t('returns.nav.overview')}
          </NavLink>
        </li>
        {returnsPages
          .filter((page) => hasPermission(me, page.permission))
          .map((page) => (
            <li key={page.to}>
              <NavLink to={page.to} className="sub-nav__link">
                {t(`returns.nav.${page.key}`)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
