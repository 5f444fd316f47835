import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { londonDay } from '../../../../shared/london-time.ts';
import { parsePeriod } from '../../../../shared/returns/periods.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { downloads } from '../api/paths.ts';
import { pccReportQueryOptions } from '../api/pcc-report.ts';
import type { PccReport } from '../types.ts';
import { NotAvailable } from './not-available.tsx';
import { PccCompliance, PccOutcomes, PccRepeatVictims, PccTension, PccTrend } from './pcc-sections.tsx';
import { AreaStrandTable, PccComparisonTable, PccSummaryTable, strandRows } from './pcc-tables.tsx';
import { ReturnsNav } from './returns-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

const PERIOD_ID = 'pcc-period';

/** The calendar quarter running today, and a few recent periods to pick from. */
function suggestions(today: string): { current: string; list: string[] } {
  const [y, m] = today.split('-').map(Number);
  const year = y ?? 2026;
  const quarter = Math.floor(((m ?? 1) - 1) / 3) + 1;
  const quarters = Array.from({ length: 8 }, (_, i) => {
    const index = year * 4 + quarter - 1 - i;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
  const fyStart = (m ?? 1) >= 4 ? year : year - 1;
  return { current: quarters[0] ?? String(year), list: [...quarters, `FY${fyStart}`, `FY${fyStart - 1}`, String(year), String(year - 1)] };
}

function ReportBody({ report }: { report: PccReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <>
      <p className="pack-title">{t('returns.pcc.subtitle', { force: report.forceName, period: report.period.label, previous: report.comparedWith.label })}</p>
      {!report.period.complete && <p className="notice">{t('returns.pcc.incomplete')}</p>}
      <p className="pack-provenance">{t('returns.pcc.generated', { when: formatDateTime(report.generatedAt, lang) })}</p>
      <p className="form-hint">{report.suppression.applied ? t('returns.pcc.suppressed') : t('returns.pcc.unsuppressedNote')}</p>
      <section className="pack-section" aria-labelledby="pcc-summary">
        <h2 id="pcc-summary">{t('returns.pcc.summaryHeading')}</h2>
        <PccSummaryTable report={report} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-strands">
        <h2 id="pcc-strands">{t('returns.pack.strandHeading')}</h2>
        <PccComparisonTable id="pcc-strand" caption={t('returns.pcc.strandCaption')} heading={t('returns.pack.strand')} rows={strandRows(report, t)} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-areas">
        <h2 id="pcc-areas">{t('returns.pack.areaHeading')}</h2>
        <PccComparisonTable
          id="pcc-area"
          caption={t('returns.pcc.areaCaption')}
          heading={t('returns.pack.area')}
          rows={report.byArea.map((a) => ({ key: a.areaId ?? 'none', label: a.areaId ? a.name : t('cases.unknownArea'), hateCrimes: a.hateCrimes, hateIncidents: a.hateIncidents, all: a.all }))}
        />
        <AreaStrandTable report={report} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-trend-heading">
        <h2 id="pcc-trend-heading">{t('returns.pcc.trendHeading')}</h2>
        <PccTrend report={report} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-outcomes">
        <h2 id="pcc-outcomes">{t('returns.pcc.outcomesHeading')}</h2>
        <PccOutcomes report={report} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-repeat">
        <h2 id="pcc-repeat">{t('returns.pcc.repeatHeading')}</h2>
        <PccRepeatVictims report={report} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-compliance">
        <h2 id="pcc-compliance">{t('returns.pcc.complianceHeading')}</h2>
        <PccCompliance report={report} />
      </section>
      <section className="pack-section" aria-labelledby="pcc-stop-search">
        <h2 id="pcc-stop-search">{t('returns.pcc.stopSearchHeading')}</h2>
        {!report.stopAndSearch.available && <NotAvailable what="stopAndSearch" />}
      </section>
      <section className="pack-section" aria-labelledby="pcc-tension">
        <h2 id="pcc-tension">{t('returns.pcc.tensionHeading')}</h2>
        <PccTension report={report} />
      </section>
    </>
  );
}

/**
 * `/returns/pcc-report?period=`: the report to the Police and Crime Panel for a quarter or year:
 * year-on-year change by strand and area, the five-year trend, outcomes, repeat victims, compliance
 * and tension. Aggregates only; small area counts are hidden unless a force reader asks otherwise.
 */
export function PccReportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mayUnsuppress = hasPermission(me, 'returns:read');
  const [params, setParams] = useSearchParams();
  const { current, list } = suggestions(londonDay(new Date()));
  const period = params.get('period') ?? current;
  const unsuppressed = mayUnsuppress && params.get('unsuppressed') === '1';
  const [text, setText] = useState(period);
  const [errors, setErrors] = useState<FormError[]>([]);
  const valid = !('error' in parsePeriod(period));
  const query = useQuery({ ...pccReportQueryOptions(period, unsuppressed), enabled: valid });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = parsePeriod(text);
    if ('error' in parsed) {
      setErrors([{ fieldId: PERIOD_ID, message: (tr) => tr('returns.pcc.periodError') }]);
      return;
    }
    setErrors([]);
    setText(parsed.key);
    setParams({ period: parsed.key, ...(form.get('unsuppressed') ? { unsuppressed: '1' } : {}) });
  }

  return (
    <div className="pack">
      <ReturnsNav />
      <PageHeading hasError={errors.length > 0}>{t('returns.pcc.title')}</PageHeading>
      <ErrorSummary errors={errors} />
      <form className="filters filters--inline" role="search" aria-label={t('returns.pcc.periodForm')} noValidate onSubmit={submit}>
        <TextField id={PERIOD_ID} name="period" label={t('returns.pcc.period')} hint={t('returns.pcc.periodHint')} error={errorFor(errors, PERIOD_ID, t)} list="pcc-periods" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} className="form-input--medium" />
        <datalist id="pcc-periods">
          {list.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        {mayUnsuppress && (
          <div className="form-group">
            <div className="choice choice--checkbox">
              <input id="pcc-unsuppressed" name="unsuppressed" type="checkbox" defaultChecked={unsuppressed} key={String(unsuppressed)} />
              <label htmlFor="pcc-unsuppressed">{t('returns.pcc.unsuppressed')}</label>
            </div>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button">
            {t('returns.pcc.show')}
          </button>
        </div>
      </form>
      {valid && (
        <div className="button-row">
          <a className="button button--secondary" href={downloads.pccReport('pdf', period, unsuppressed)} download>
            {t('returns.pcc.downloadPdf')}
          </a>
          <a className="button button--secondary" href={downloads.pccReport('xlsx', period, unsuppressed)} download>
            {t('returns.pcc.downloadXlsx')}
          </a>
        </div>
      )}
      {!valid && <p className="notice notice--error">{t('returns.pcc.periodError')}</p>}
      {query.isLoading && <Loading />}
      {query.isError && (isApiError(query.error, 400) ? <p className="notice notice--error">{query.error.detail ?? t('returns.pcc.periodError')}</p> : <QueryError error={query.error} onRetry={() => void query.refetch()} />)}
      {query.data && (
        <div aria-busy={query.isPlaceholderData || undefined}>
          <ReportBody report={query.data} />
        </div>
      )}
    </div>
  );
}
