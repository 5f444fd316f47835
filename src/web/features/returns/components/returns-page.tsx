import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { returnsPages, ReturnsNav } from './returns-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

/** `/returns`: what each return is and who it goes to, linking to those the user's roles allow. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const pages = returnsPages.filter((page) => hasPermission(me, page.permission));
  return (
    <>
      <ReturnsNav />
      <PageHeading>{t('returns.landing.title')}</PageHeading>
      <p>{t('returns.landing.intro')}</p>
      <ul className="returns-cards">
        {pages.map((page) => (
          <li key={page.to} className="returns-cards__item">
            <h2 className="returns-cards__heading">
              <Link to={page.to}>{t(`returns.nav.${page.key}`)}</Link>
            </h2>
            <p>{t(`returns.landing.${page.key}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
