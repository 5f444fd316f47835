import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { communitiesQueryOptions } from '../api/communities.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { CommunityForm } from './community-form.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/** The communities the force monitors tension in, and (for assessors) the form to add one. */
export function CommunitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const communities = useQuery(communitiesQueryOptions);
  const map = useQuery(tensionMapQueryOptions);
  const [hasErrors, setHasErrors] = useState(false);
  const list = [...(communities.data ?? [])].sort((a, b) => (a.areaName ?? '').localeCompare(b.areaName ?? '') || a.name.localeCompare(b.name));

  return (
    <>
      <TensionNav />
      <PageHeading hasError={hasErrors}>{t('tension.communities.title')}</PageHeading>
      <p>{t('tension.communities.intro')}</p>
      {communities.isPending && <Loading />}
      {communities.isError && <QueryError error={communities.error} onRetry={() => void communities.refetch()} />}
      {communities.data &&
        (list.length === 0 ? (
          <p>{t('tension.communities.empty')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="communities-caption" tabIndex={0}>
            <table className="table table--dense">
              <caption id="communities-caption" className="table__caption">
                {t('tension.communities.caption', { n: list.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('tension.communities.name')}</th>
                  <th scope="col">{t('tension.communities.kind')}</th>
                  <th scope="col">{t('tension.communities.area')}</th>
                  <th scope="col">{t('tension.communities.description')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/tension/communities/${c.id}`}>{c.name}</Link>
                    </th>
                    <td>{t(`tension.communityKind.${c.kind}`)}</td>
                    <td>{c.areaName ?? t('tension.communities.forceWide')}</td>
                    <td className="break" dir="auto">
                      {c.description || t('app.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {hasPermission(me, 'tension:assess') && <CommunityForm areas={map.data?.areas ?? []} onErrors={setHasErrors} />}
    </>
  );
}
