import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../shared/platform/contract.ts';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { ForceSwitcher } from '../../features/platform/components/force-switcher.tsx';
import { SignOutButton } from '../../features/platform/components/sign-out-button.tsx';
import { PrimaryNav } from './primary-nav.tsx';

export function SiteHeader({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      {me.force.isDemo && (
        <p className="demo-banner">
          <strong>{t('header.demoBanner')}</strong>
        </p>
      )}
      <div className="site-header__bar">
        <Link to="/" className="site-header__brand">
          {t('app.name')}
        </Link>
        {me.forces.length > 1 ? (
          <ForceSwitcher key={me.force.id} me={me} />
        ) : (
          <span className="site-header__force">{me.force.name}</span>
        )}
        <div className="site-header__user">
          <span className="site-header__name">{me.user.name}</span>
          <SignOutButton />
        </div>
        <LanguageSwitcher />
      </div>
      <PrimaryNav me={me} />
    </header>
  );
}
