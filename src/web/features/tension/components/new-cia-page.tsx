import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { useCreateCia } from '../api/cias.ts';
import { communitiesQueryOptions } from '../api/communities.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { ciaFieldError, emptyCiaDraft } from '../cia-draft.ts';
import { problemErrors } from '../form-problems.ts';
import { CiaForm } from './cia-form.tsx';
import type { CiaSavedState } from './cia-page.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/** `/tension/cias/new?areaId=`: starts a Community Impact Assessment (version 1). */
export function NewCiaPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const areaId = params.get('areaId');
  const map = useQuery(tensionMapQueryOptions);
  const communities = useQuery(communitiesQueryOptions);
  const create = useCreateCia();
  const [errors, setErrors] = useState<FormError[]>([]);
  const failed = [map, communities].find((q) => q.isError);

  return (
    <>
      <TensionNav />
      <PageHeading hasError={errors.length > 0}>{t('tension.cia.newTitle')}</PageHeading>
      <p>{t('tension.cia.intro')}</p>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !map.data || !communities.data ? (
        <Loading />
      ) : (
        <CiaForm
          initial={emptyCiaDraft(areaId && map.data.areas.some((a) => a.id === areaId) ? [areaId] : [])}
          areas={map.data.areas}
          communities={communities.data}
          basedOnVersion={undefined}
          saving={create.isPending}
          submitLabel={t('tension.cia.create')}
          errors={errors}
          setErrors={setErrors}
          onSave={(request) =>
            create.mutate(request, {
              onSuccess: (cia) => {
                const state: CiaSavedState = { savedCiaVersion: cia.version };
                void navigate(`/tension/cias/${cia.id}`, { state });
              },
              onError: (error) => setErrors(problemErrors(error, ciaFieldError)),
            })
          }
        />
      )}
    </>
  );
}
