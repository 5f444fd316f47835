import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { ciasQueryOptions } from '../api/cias.ts';
import { CiaTable } from './cia-table.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/** Every Community Impact Assessment of the force, reviews overdue first. */
export function CiasPage() {
  const { t } = useTranslation();
  const me = useMe();
  const cias = useQuery(ciasQueryOptions);
  return (
    <>
      <TensionNav />
      <PageHeading>{t('tension.cias.title')}</PageHeading>
      <p>{t('tension.cias.intro')}</p>
      {hasPermission(me, 'tension:assess') && (
        <p>
          <Link className="button" to="/tension/cias/new">
            {t('tension.cias.start')}
          </Link>
        </p>
      )}
      {cias.isPending && <Loading />}
      {cias.isError && <QueryError error={cias.error} onRetry={() => void cias.refetch()} />}
      {cias.data && (cias.data.length === 0 ? <p>{t('tension.cias.empty')}</p> : <CiaTable cias={cias.data} caption={t('tension.cias.caption', { n: cias.data.length })} />)}
    </>
  );
}
