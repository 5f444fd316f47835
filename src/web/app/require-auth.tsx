import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading.tsx';
import { PublicLayout } from '../components/public-layout.tsx';
import { PageLoading, QueryError } from '../components/query-status.tsx';
import { meQueryOptions, SignedInContext, signInPath } from '../lib/auth.ts';

/**
 * The gate to every staff page. Signed out (now, or later when any request answers 401) means
 * the sign-in page, which brings the user back here afterwards.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useQuery(meQueryOptions);

  if (me.isPending) {
    return <PageLoading />;
  }
  if (me.isError) {
    return (
      <PublicLayout>
        <PageHeading>{t('routeError.title')}</PageHeading>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </PublicLayout>
    );
  }
  if (!me.data) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }

  return (
    <SignedInContext value={me.data}>
      <Outlet />
    </SignedInContext>
  );
}
