import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { communitiesQueryOptions } from '../api/communities.ts';
import { KeyIndividualForm } from './key-individual-form.tsx';
import { KeyIndividualList } from './key-individual-list.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/**
 * One community, and for holders of tension:key_individuals its key individual network. The names
 * are personal data: they are read only when asked for, and each read goes into the audit log.
 */
export function CommunityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const canSeePeople = hasPermission(me, 'tension:key_individuals');
  const communities = useQuery(communitiesQueryOptions);
  const [shown, setShown] = useState(false);
  const [hasErrors, setHasErrors] = useState(false);
  const showButton = useRef<HTMLButtonElement>(null);
  const community = communities.data?.find((c) => c.id === id);

  if (!community) {
    return (
      <>
        <TensionNav />
        <PageHeading>{communities.isSuccess ? t('tension.communities.notFound') : t('tension.communities.title')}</PageHeading>
        {communities.isPending && <Loading />}
        {communities.isError && <QueryError error={communities.error} onRetry={() => void communities.refetch()} />}
        {communities.isSuccess && <Link to="/tension/communities">{t('tension.communities.toList')}</Link>}
      </>
    );
  }

  return (
    <>
      <TensionNav />
      <PageHeading hasError={hasErrors}>{community.name}</PageHeading>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('tension.communities.kind')}</dt>
          <dd>{t(`tension.communityKind.${community.kind}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.communities.area')}</dt>
          <dd>{community.areaName ?? t('tension.communities.forceWide')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.communities.description')}</dt>
          <dd dir="auto">{community.description || t('app.none')}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/tension/assessments?${new URLSearchParams({ ...(community.areaId ? { areaId: community.areaId } : {}) }).toString()}`}>{t('tension.communities.seeAssessments')}</Link>
      </p>

      <section aria-labelledby="kin-heading">
        <h2 id="kin-heading">
          <abbr title={t('tension.glossary.kin')}>{t('tension.kin.title')}</abbr>
        </h2>
        {!canSeePeople ? (
          <p>{t('tension.kin.noPermission')}</p>
        ) : shown ? (
          <>
            <KeyIndividualList communityId={community.id} />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setShown(false);
                window.setTimeout(() => showButton.current?.focus(), 0);
              }}
            >
              {t('tension.kin.hide')}
            </button>
          </>
        ) : (
          <>
            <p className="form-hint" id="kin-audit-hint">
              {t('tension.kin.auditHint')}
            </p>
            <button ref={showButton} type="button" className="button button--secondary" aria-describedby="kin-audit-hint" onClick={() => setShown(true)}>
              {t('tension.kin.show')}
            </button>
          </>
        )}
      </section>
      {canSeePeople && <KeyIndividualForm communityId={community.id} onErrors={setHasErrors} />}
    </>
  );
}
