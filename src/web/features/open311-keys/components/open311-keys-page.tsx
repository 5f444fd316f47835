import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { open311KeysQueryOptions } from '../api/get-open311-keys.ts';
import { IssueKeyForm } from './issue-key-form.tsx';
import { Open311KeysTable } from './open311-keys-table.tsx';

/** Where partners send reports: GeoReport v2 on this server. */
const open311Endpoint = () => `${window.location.origin}/open311/v2`;

/** A force's admins issue Open311 API keys to partner organisations, and revoke them. */
export function Open311KeysPage() {
  const { t } = useTranslation();
  const keys = useQuery(open311KeysQueryOptions);
  const [formHasErrors, setFormHasErrors] = useState(false);
  const endpoint = open311Endpoint();
  return (
    <>
      <PageHeading hasError={formHasErrors}>{t('open311Keys.title')}</PageHeading>
      <p className="lead">{t('open311Keys.intro')}</p>
      <p>
        {t('open311Keys.endpoint')}{' '}
        <code className="break" translate="no">
          {endpoint}
        </code>
      </p>
      <p>{t('open311Keys.revokeHelp')}</p>
      {keys.isPending && <Loading />}
      {keys.isError && <QueryError error={keys.error} onRetry={() => void keys.refetch()} />}
      {keys.data && <Open311KeysTable keys={keys.data} />}
      <IssueKeyForm endpoint={endpoint} onErrors={setFormHasErrors} />
    </>
  );
}
