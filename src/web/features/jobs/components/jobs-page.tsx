import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { JobState } from '../../../../shared/jobs/contract.ts';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { jobsQueryOptions } from '../api/jobs.ts';
import { JobsTable } from './jobs-table.tsx';

/**
 * Background work as an admin sees it: the morning's daily packs and other scheduled jobs, what
 * failed and why, with a retry. Failed jobs first by default, since they are what needs an admin.
 */
export function JobsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<JobState | ''>('failed');
  const jobs = useQuery(jobsQueryOptions(state));
  return (
    <>
      <PageHeading>{t('jobs.title')}</PageHeading>
      <p className="lead">{t('jobs.intro')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="jobs-state">
          {t('jobs.show')}
        </label>
        <select id="jobs-state" className="form-select" value={state} onChange={(event) => setState(JobState.safeParse(event.target.value).data ?? '')}>
          <option value="">{t('jobs.all')}</option>
          {JobState.options.map((s) => (
            <option key={s} value={s}>
              {t(`jobs.state.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {jobs.isPending && <Loading />}
      {jobs.isError && <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data && <JobsTable jobs={jobs.data} />}
    </>
  );
}
