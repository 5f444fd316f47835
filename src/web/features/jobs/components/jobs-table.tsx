import { useTranslation } from 'react-i18next';
import type { JobResponse } from '../../../../shared/jobs/contract.ts';
import { describeError } from '../../../components/query-status.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useRetryJob } from '../api/jobs.ts';

export function JobsTable({ jobs }: { jobs: readonly JobResponse[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const retry = useRetryJob();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang) : '—');
  if (jobs.length === 0) {
    return <p>{t('jobs.empty')}</p>;
  }
  return (
    <>
      {retry.isError && (
        <div className="notice notice--error" role="alert">
          <p>{describeError(retry.error, t)}</p>
        </div>
      )}
      <div className="table-scroll" role="region" aria-labelledby="jobs-caption" tabIndex={0}>
        <table className="table">
          <caption id="jobs-caption" className="visually-hidden">{t('jobs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobs.kind')}</th>
              <th scope="col">{t('jobs.stateHeading')}</th>
              <th scope="col">{t('jobs.due')}</th>
              <th scope="col">{t('jobs.finished')}</th>
              <th scope="col">{t('jobs.attempts')}</th>
              <th scope="col">{t('jobs.error')}</th>
              <th scope="col">{t('jobs.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  <code translate="no">{job.kind}</code>
                  {job.forceId === null && <span className="form-hint"> {t('jobs.system')}</span>}
                </td>
                <td>{t(`jobs.state.${job.state}`)}</td>
                <td>{when(job.runAt)}</td>
                <td>{when(job.finishedAt)}</td>
                <td>{t('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</td>
                <td>{job.lastError ?? '—'}</td>
                <td>
                  {job.state === 'failed' && (
                    <button type="button" className="button button--secondary button--small" aria-disabled={retry.isPending || undefined} onClick={() => !retry.isPending && retry.mutate(job.id)}>
                      {t('jobs.retry')}
                      <span className="visually-hidden"> {t('jobs.retryWhich', { kind: job.kind, when: when(job.runAt) })}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
