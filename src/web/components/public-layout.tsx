import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SkipLink } from './skip-link.tsx';

/** The frame for pages seen before signing in: brand, language, and the page itself. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="site-header__bar">
          <span className="site-header__brand">{t('app.name')}</span>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main-content" className="main main--narrow" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
