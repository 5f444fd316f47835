import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
