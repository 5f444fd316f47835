import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { auditCsvHref, auditPageQueryOptions } from '../api/get-audit-page.ts';
import { cursorFromSearch, filtersFromSearch, searchFromFilters } from '../audit-filters.ts';
import { AuditFilterForm } from './audit-filter-form.tsx';
import { AuditTable } from './audit-table.tsx';

/** The audit log: filters in the address bar, newest first, "Older" pages by cursor. */
export function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const before = cursorFromSearch(searchParams);
  const page = useQuery(auditPageQueryOptions(filters, before));
  const [formHasErrors, setFormHasErrors] = useState(false);
  const filterKey = searchFromFilters(filters).toString();

  return (
    <>
      <PageHeading hasError={formHasErrors}>{t('audit.title')}</PageHeading>
      <p>{t('audit.intro')}</p>

      {/* Keyed by the filters so that "Clear filters" and Back also reset what the fields show. */}
      <AuditFilterForm
        key={filterKey}
        filters={filters}
        onApply={(next) => setSearchParams(searchFromFilters(next))}
        onErrors={setFormHasErrors}
      />

      <div className="results-bar">
        <p className="results-bar__count" role="status">
          {page.data && t('audit.count', { count: page.data.items.length })}
        </p>
        <a className="button button--secondary" href={auditCsvHref(filters)} download>
          {t('audit.downloadCsv')}
        </a>
      </div>

      {page.isPending && <Loading />}
      {page.isError && <QueryError error={page.error} onRetry={() => void page.refetch()} />}
      {page.data &&
        (page.data.items.length === 0 ? (
          <p>{t('audit.empty')}</p>
        ) : (
          <div aria-busy={page.isPlaceholderData || undefined}>
            <AuditTable items={page.data.items} />
          </div>
        ))}

      {page.data && (before !== undefined || page.data.nextBefore !== null) && (
        <nav className="pagination" aria-label={t('audit.paging')}>
          {before !== undefined && <Link to={{ search: searchFromFilters(filters).toString() }}>{t('audit.newest')}</Link>}
          {page.data.nextBefore !== null && (
            <Link to={{ search: searchFromFilters(filters, page.data.nextBefore).toString() }} rel="next">
              {t('audit.older')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
