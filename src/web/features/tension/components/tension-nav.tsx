import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

const links = [
  { to: '/tension', label: 'tension.sections.picture', end: true },
  { to: '/tension/assessments', label: 'tension.sections.assessments', end: false },
  { to: '/tension/communities', label: 'tension.sections.communities', end: false },
  { to: '/tension/cias', label: 'tension.sections.cias', end: false },
] as const;

/** The module's own pages, under the main navigation's one "Tension" link. */
export function TensionNav() {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t('tension.sections.label')}>
      <ul className="sub-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="sub-nav__link">
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
