import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { summariesQueryOptions } from '../api/tension-summaries.ts';
import { periodText } from '../summary-text.ts';
import type { TensionSummaryListItem } from '../types.ts';
import { ReturnsNav } from './returns-nav.tsx';
import { StatusBadge } from './status-badge.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

/** "Name, Mon 23 Nov 2026, 14:05", or a dash for a step not taken yet. */
function Who({ name, at }: { name: string | null; at: string | null }) {
  const { i18n } = useTranslation();
  if (!name || !at) {
    return <span aria-hidden="true">–</span>;
  }
  return (
    <>
      {name}
      <span className="table-detail">
        <time dateTime={at}>{formatDateTime(at, i18n.resolvedLanguage)}</time>
      </span>
    </>
  );
}

function SummaryTable({ items }: { items: readonly TensionSummaryListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="summaries-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="summaries-caption" className="table__caption">
          {t('returns.summaries.caption', { n: items.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('returns.summary.periodHeading')}</th>
            <th scope="col">{t('returns.summary.version')}</th>
            <th scope="col">{t('returns.summary.statusHeading')}</th>
            <th scope="col">{t('returns.summary.compiled')}</th>
            <th scope="col">{t('returns.summary.approved')}</th>
            <th scope="col">{t('returns.summary.issued')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/returns/tension-summaries/${s.id}`}>
                  {periodText(s, t, i18n.resolvedLanguage)}
                  {/* Corrections share their period: the version tells the links apart when read as a list. */}
                  <span className="visually-hidden">{t('returns.summaries.linkVersion', { version: s.version })}</span>
                </Link>
                <span className="table-detail">{t(`returns.summary.cadence.${s.cadence}`, { days: s.days })}</span>
              </th>
              <td>
                {s.version}
                {s.corrects && <span className="table-detail">{t('returns.summary.correctsShort', { version: s.corrects.version })}</span>}
              </td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td>
                <Who name={s.compiledBy} at={s.compiledAt} />
              </td>
              <td>
                <Who name={s.approvedBy} at={s.approvedAt} />
              </td>
              <td>
                <Who name={s.issuedBy} at={s.issuedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/returns/tension-summaries`: every Community Tension Summary, the latest period first. */
export function SummariesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const list = useQuery(summariesQueryOptions);
  return (
    <>
      <ReturnsNav />
      <PageHeading>{t('returns.summaries.title')}</PageHeading>
      <p>{t('returns.summaries.intro')}</p>
      {hasPermission(me, 'returns:prepare') && (
        <p>
          <Link className="button" to="/returns/tension-summaries/new">
            {t('returns.summaries.compile')}
          </Link>
        </p>
      )}
      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (list.data.length === 0 ? <p>{t('returns.summaries.empty')}</p> : <SummaryTable items={list.data} />)}
    </>
  );
}
