import type { MouseEvent, ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { SkipLink } from '../../../components/skip-link.tsx';
import { publicLanguages } from '../../../lib/i18n.ts';
import { LEAVE_URL, leaveSite } from '../leave-site.ts';
import { REPORT_PATH } from '../report-flow.ts';
import { switchReportLanguage } from '../report-i18n.ts';

function leave(event: MouseEvent<HTMLAnchorElement>) {
  // The link works without script too; with it, the page is replaced and the answers deleted.
  event.preventDefault();
  leaveSite();
}

/** A telephone number as a link; kept left to right so its digits never reorder in Urdu or Arabic. */
export function Tel({ number, children }: { number: string; children?: ReactNode }) {
  return (
    <a href={`tel:${number}`} dir="ltr" className="tel">
      {children ?? number}
    </a>
  );
}

function EmergencyBanner() {
  const { t } = useTranslation('report');
  const tel = (number: string) => ({ tel: <Tel number={number} /> });
  return (
    <div className="emergency">
      <p className="emergency__call">
        <Trans t={t} i18nKey="emergency.call" components={tel('999')} />
      </p>
      <p>
        <Trans t={t} i18nKey="emergency.text" components={tel('999')} />{' '}
        <Trans t={t} i18nKey="emergency.nonEmergency" components={tel('101')} />
      </p>
    </div>
  );
}

/** All seven public languages, each named in itself; the answers stay as they are. */
function LanguageSwitcher() {
  const { t, i18n } = useTranslation('report');
  return (
    <ul className="report-languages" aria-label={t('language')}>
      {publicLanguages.map((language) => (
        <li key={language.code}>
          <button
            type="button"
            lang={language.code}
            className="language-switcher__option"
            aria-pressed={i18n.language === language.code}
            onClick={() => void switchReportLanguage(language.code)}
          >
            {language.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The frame of every public report page: leave quickly, urgent help, language, then the page. */
export function ReportLayout() {
  const { t } = useTranslation('report');
  return (
    <>
      <SkipLink />
      <div className="quick-exit">
        <a href={LEAVE_URL} className="button button--leave" rel="noreferrer" onClick={leave}>
          {t('leave')}
        </a>
      </div>
      <header className="report-header">
        <EmergencyBanner />
        <div className="site-header">
          <div className="site-header__bar">
            <Link to={REPORT_PATH} className="site-header__brand">
              {t('service')}
            </Link>
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main-content" className="main main--narrow report-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
