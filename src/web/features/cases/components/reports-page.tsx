import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { useGrades } from '../api/get-queue.ts';
import { reportListQueryOptions, reportsCsvHref } from '../api/get-reports.ts';
import { reportFiltersFromSearch, reportSearch } from '../report-filters.ts';
import { ReportsFilterForm } from './reports-filter-form.tsx';
import { ReportsTable } from './reports-table.tsx';
import '../../../styles/cases.css';

/** Every report of the force: search and filters in the address bar, newest first, "Older" by cursor, CSV. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = reportFiltersFromSearch(searchParams);
  const before = searchParams.get('before') ?? undefined;
  const page = useQuery(reportListQueryOptions(filters, before));
  const grades = useGrades(hasPermission(me, 'cases:triage') || hasPermission(me, 'cases:assign'));
  const [formHasErrors, setFormHasErrors] = useState(false);
  const filterKey = reportSearch(filters).toString();

  return (
    <>
      <PageHeading hasError={formHasErrors}>{t('reportList.title')}</PageHeading>
      {/* Keyed by the filters so that "Clear filters" and Back also reset what the fields show. */}
      <ReportsFilterForm key={filterKey} filters={filters} onApply={(next) => setSearchParams(reportSearch(next))} onErrors={setFormHasErrors} />

      <div className="results-bar">
        <p className="results-bar__count" role="status">
          {page.data && t('reportList.count', { n: page.data.items.length })}
        </p>
        <a className="button button--secondary" href={reportsCsvHref(filters)} download>
          {t('reportList.downloadCsv')}
        </a>
        <a className="button button--secondary" href={reportsCsvHref(filters).replace('/reports.csv', '/reports.xlsx')} download>
          {t('reportList.downloadXlsx')}
        </a>
        {hasPermission(me, 'reports:record_call') && (
          <Link className="button button--secondary" to="/reports/import">
            {t('importReports.link')}
          </Link>
        )}
      </div>

      {page.isPending && <Loading />}
      {page.isError && <QueryError error={page.error} onRetry={() => void page.refetch()} />}
      {page.data &&
        (page.data.items.length === 0 ? (
          <p>{t('reportList.empty')}</p>
        ) : (
          <div aria-busy={page.isPlaceholderData || undefined}>
            <ReportsTable items={page.data.items} grades={grades.data ?? []} />
          </div>
        ))}

      {page.data && (before !== undefined || page.data.nextBefore !== null) && (
        <nav className="pagination" aria-label={t('reportList.paging')}>
          {before !== undefined && <Link to={{ search: filterKey }}>{t('reportList.newest')}</Link>}
          {page.data.nextBefore !== null && (
            <Link to={{ search: reportSearch(filters, page.data.nextBefore).toString() }} rel="next">
              {t('reportList.older')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
