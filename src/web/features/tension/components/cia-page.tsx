import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { ciaPdfHref, ciaQueryOptions } from '../api/cias.ts';
import { communitiesQueryOptions } from '../api/communities.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { CiaSignOff } from './cia-sign-off.tsx';
import { CiaVersions } from './cia-versions.tsx';
import { CiaView } from './cia-view.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/** What the new and edit pages leave in the history state, to say which version was saved. */
export type CiaSavedState = { savedCiaVersion: number };

function isSavedState(value: unknown): value is CiaSavedState {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).savedCiaVersion === 'number';
}

/** A Community Impact Assessment: one version (the latest unless `?version=`), its history, PDF, editing and sign-off. */
export function CiaPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const asked = Number(params.get('version'));
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const me = useMe();
  const cia = useQuery(ciaQueryOptions(id, version));
  const map = useQuery(tensionMapQueryOptions);
  const communities = useQuery(communitiesQueryOptions);

  if (cia.isPending || cia.isError) {
    const notFound = cia.isError && isApiError(cia.error, 404);
    return (
      <>
        <TensionNav />
        <PageHeading>{notFound ? t('tension.cia.notFound') : t('tension.cia.title')}</PageHeading>
        {cia.isPending ? <Loading /> : notFound ? <Link to="/tension/cias">{t('tension.cia.toList')}</Link> : <QueryError error={cia.error} onRetry={() => void cia.refetch()} />}
      </>
    );
  }

  const c = cia.data;
  const latest = Math.max(c.version, ...c.versions.map((v) => v.version));
  const isLatest = c.version === latest;
  const saved = isSavedState(location.state) && location.state.savedCiaVersion === c.version;
  return (
    <>
      <TensionNav />
      <PageHeading>{c.title}</PageHeading>
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('tension.cia.savedNotice', { version: c.version })}
        </p>
      )}
      {!isLatest && (
        <p className="notice">
          {t('tension.cia.oldVersion', { version: c.version, latest })} <Link to={`/tension/cias/${c.id}`}>{t('tension.cia.seeLatest')}</Link>
        </p>
      )}
      <dl className="summary-list summary-list--header">
        <div className="summary-list__row">
          <dt>{t('tension.cia.fields.trigger')}</dt>
          <dd>{t(`tension.cia.trigger.${c.trigger}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.cia.reference')}</dt>
          <dd>{c.reference || t('app.none')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.cia.fields.commissionedBy')}</dt>
          <dd dir="auto">{c.commissionedBy}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.cia.version')}</dt>
          <dd>
            {t('tension.cia.versionOf', { version: c.version, latest })} – {t('tension.cia.savedBy', { name: c.savedBy, when: formatDateTime(c.savedAt, lang) })}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.cia.status')}</dt>
          <dd>
            {c.status === 'signed_off' && c.signedOffBy && c.signedOffAt ? (
              <strong className="status status--ok">{t('tension.cia.signedOffBy', { name: c.signedOffBy, when: formatDateTime(c.signedOffAt, lang) })}</strong>
            ) : (
              <strong className="status status--warn">{t('tension.cia.draft')}</strong>
            )}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        {isLatest && hasPermission(me, 'tension:assess') && (
          <Link className="button" to={`/tension/cias/${c.id}/edit`}>
            {t('tension.cia.edit')}
          </Link>
        )}
        <a className="button button--secondary" href={ciaPdfHref(c.id, c.version)} download>
          {t('tension.cia.downloadVersion', { version: c.version })}
        </a>
      </div>

      <CiaView cia={c} areas={map.data?.areas ?? []} communities={communities.data ?? []} />

      {isLatest && c.status === 'draft' && hasPermission(me, 'tension:sign_off') && <CiaSignOff cia={c} />}

      <h2>{t('tension.cia.versionsHeading')}</h2>
      <CiaVersions cia={c} />
    </>
  );
}
