import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { ciaQueryOptions, useSaveCia } from '../api/cias.ts';
import { communitiesQueryOptions } from '../api/communities.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { ciaDraftOf, ciaFieldError } from '../cia-draft.ts';
import { problemErrors } from '../form-problems.ts';
import type { CiaResponse } from '../types.ts';
import { CiaForm } from './cia-form.tsx';
import type { CiaSavedState } from './cia-page.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

const CONFLICT_BUTTON = 'cia-conflict-accept';

/**
 * Edits a CIA by saving a new version on top of the latest. If someone else saved one meanwhile
 * the server refuses (409); the page says who and when, and the author can read it and save theirs on top.
 */
export function EditCiaPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const cia = useQuery({ ...ciaQueryOptions(id), refetchOnWindowFocus: false, refetchInterval: false });
  const map = useQuery(tensionMapQueryOptions);
  const communities = useQuery(communitiesQueryOptions);
  const save = useSaveCia(id);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [base, setBase] = useState<number | undefined>(undefined);
  const [newer, setNewer] = useState<CiaResponse | null>(null);
  const failed = [cia, map, communities].find((q) => q.isError);
  const loaded = cia.data?.version;

  // Pinned to the version the form was filled from: a newer one arriving meanwhile (live, or after
  // a refusal) must not become the basis without the author's say.
  useEffect(() => {
    if (base === undefined && loaded !== undefined) {
      setBase(loaded);
    }
  }, [base, loaded]);

  if (failed || !cia.data || !map.data || !communities.data) {
    return (
      <>
        <TensionNav />
        <PageHeading>{t('tension.cia.editTitle')}</PageHeading>
        {failed ? <QueryError error={failed.error} onRetry={() => void failed.refetch()} /> : <Loading />}
      </>
    );
  }

  const basedOn = base ?? cia.data.version;
  const notice = newer && (
    <div className="notice notice--error conflict-notice" role="alert">
      <h2 className="conflict-notice__heading">{t('tension.cia.conflictHeading')}</h2>
      <p>{t('tension.cia.conflictBody', { version: newer.version, name: newer.savedBy, when: formatDateTime(newer.savedAt, i18n.resolvedLanguage) })}</p>
      <p>
        <Link to={`/tension/cias/${id}?version=${newer.version}`} target="_blank" rel="noopener">
          {t('tension.cia.conflictRead', { version: newer.version })}
        </Link>
      </p>
      <button
        id={CONFLICT_BUTTON}
        type="button"
        className="button button--secondary"
        onClick={() => {
          setBase(newer.version);
          setNewer(null);
          setErrors([]);
        }}
      >
        {t('tension.cia.conflictAccept')}
      </button>
    </div>
  );

  return (
    <>
      <TensionNav />
      <PageHeading hasError={errors.length > 0}>{t('tension.cia.editHeading', { title: cia.data.title })}</PageHeading>
      <p>{t('tension.cia.editIntro', { version: basedOn, next: basedOn + 1 })}</p>
      <CiaForm
        initial={ciaDraftOf(cia.data)}
        areas={map.data.areas}
        communities={communities.data}
        basedOnVersion={basedOn}
        saving={save.isPending}
        submitLabel={t('tension.cia.saveVersion')}
        errors={errors}
        setErrors={setErrors}
        notice={notice}
        onSave={(request) =>
          save.mutate(request, {
            onSuccess: (saved) => {
              const state: CiaSavedState = { savedCiaVersion: saved.version };
              void navigate(`/tension/cias/${id}`, { state });
            },
            onError: async (error) => {
              if (isApiError(error, 409)) {
                const latest = await cia.refetch();
                if (latest.data && latest.data.version > basedOn) {
                  setNewer(latest.data);
                  setErrors([{ fieldId: CONFLICT_BUTTON, message: (tr) => tr('tension.cia.conflictError') }]);
                  return;
                }
              }
              setErrors(problemErrors(error, ciaFieldError));
            },
          })
        }
      />
    </>
  );
}
