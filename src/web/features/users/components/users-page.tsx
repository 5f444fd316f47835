import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { usersQueryOptions } from '../api/get-users.ts';
import { AddUserForm } from './add-user-form.tsx';
import { UsersTable } from './users-table.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useQuery(usersQueryOptions);
  const [formHasErrors, setFormHasErrors] = useState(false);
  return (
    <>
      <PageHeading hasError={formHasErrors}>{t('users.title')}</PageHeading>
      {users.isPending && <Loading />}
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && <UsersTable users={users.data} />}
      <AddUserForm onErrors={setFormHasErrors} />
    </>
  );
}
