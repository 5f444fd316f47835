import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { downloads } from '../api/paths.ts';
import { summaryQueryOptions } from '../api/tension-summaries.ts';
import { periodText } from '../summary-text.ts';
import type { TensionSummaryResponse } from '../types.ts';
import type { CompiledState } from './compile-summary-page.tsx';
import { ReturnsNav } from './returns-nav.tsx';
import { SummaryContent } from './summary-content.tsx';
import { SummaryHeader } from './summary-header.tsx';
import { SummaryWorkflow } from './summary-workflow.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

/** What the compile and edit pages leave in the history state, to say what just happened. */
export type SummaryState = CompiledState | { saved: true };

function noticeOf(state: unknown): 'compiled' | 'saved' | null {
  if (typeof state !== 'object' || state === null) {
    return null;
  }
  const s = state as Record<string, unknown>;
  return s['compiled'] === true ? 'compiled' : s['saved'] === true ? 'saved' : null;
}

/** Why this version reads as it does: being written, waiting, or fixed for good. */
function StatusNotice({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  if (summary.status === 'issued') {
    return <p className="notice notice--ok">{t('returns.summary.issuedNotice')}</p>;
  }
  if (summary.status === 'superseded') {
    return <p className="notice">{t('returns.summary.supersededNotice', { version: summary.supersededBy?.version ?? summary.version + 1 })}</p>;
  }
  return null;
}

function Downloads({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      {summary.allowed.edit && (
        <Link className="button" to={`/returns/tension-summaries/${summary.id}/edit`}>
          {t('returns.summary.edit')}
        </Link>
      )}
      <a className="button button--secondary" href={downloads.summary(summary.id, 'pdf')} download>
        {t('returns.summary.downloadPdf')}
      </a>
      <a className="button button--secondary" href={downloads.summary(summary.id, 'json')} download>
        {t('returns.summary.downloadJson')}
      </a>
      <a className="button button--secondary" href={downloads.summary(summary.id, 'csv')} download>
        {t('returns.summary.downloadCsv')}
      </a>
    </div>
  );
}

/**
 * `/returns/tension-summaries/:id`: one version of a Community Tension Summary. A draft can be
 * edited (its own page), approved by someone who did not write it, then issued; after issue it is
 * read-only for good and any mistake is put right by a correction, the next version.
 */
export function SummaryPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useQuery(summaryQueryOptions(id));

  if (query.isPending || query.isError) {
    const notFound = query.isError && isApiError(query.error, 404);
    return (
      <>
        <ReturnsNav />
        <PageHeading>{notFound ? t('returns.summary.notFound') : t('returns.summary.title')}</PageHeading>
        {query.isPending ? <Loading /> : notFound ? <Link to="/returns/tension-summaries">{t('returns.summary.toList')}</Link> : <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      </>
    );
  }

  const summary = query.data;
  const notice = noticeOf(location.state);
  return (
    <>
      <ReturnsNav />
      <PageHeading>{t('returns.summary.heading', { period: periodText(summary, t, i18n.resolvedLanguage), version: summary.version })}</PageHeading>
      {notice && (
        <p className="notice notice--ok" role="status">
          {t(`returns.summary.${notice}Notice`)}
        </p>
      )}
      <p className="marking">
        <span className="visually-hidden">{t('caseView.header.marking')}: </span>
        OFFICIAL-SENSITIVE
      </p>
      <StatusNotice summary={summary} />
      <SummaryHeader summary={summary} />
      <Downloads summary={summary} />
      <SummaryWorkflow summary={summary} />
      <SummaryContent summary={summary} />
    </>
  );
}
