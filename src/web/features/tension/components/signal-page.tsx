import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { signalQueryOptions } from '../api/signals.ts';
import { useTensionEvents } from '../api/use-tension-events.ts';
import { formatCount, formatDay, formatRatio } from '../labels.ts';
import { SignalDecisionForm } from './signal-decision.tsx';
import { SignalLevel } from './signal-level.tsx';
import { SignalReports } from './signal-reports.tsx';
import { SignalSeries } from './signal-series.tsx';
import { signalTitle } from './signal-text.ts';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/** A signal and its evidence: why it was raised, the counts behind it, the day's reports, and what to do about it. */
export function SignalPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const { id = '' } = useParams();
  const me = useMe();
  const canAssess = hasPermission(me, 'tension:assess');
  const signal = useQuery(signalQueryOptions(id));
  const [formHasErrors, setFormHasErrors] = useState(false);
  useTensionEvents();

  if (signal.isPending || signal.isError) {
    const notFound = signal.isError && isApiError(signal.error, 404);
    return (
      <>
        <TensionNav />
        <PageHeading>{notFound ? t('tension.signalPage.notFound') : t('tension.signalPage.title')}</PageHeading>
        {signal.isPending ? <Loading /> : notFound ? <Link to="/tension">{t('tension.backToPicture')}</Link> : <QueryError error={signal.error} onRetry={() => void signal.refetch()} />}
      </>
    );
  }

  const s = signal.data;
  const strand = s.strand ? t(`cases.strand.${s.strand}`) : t('tension.signal.allStrands');
  const newAssessment = `/tension/assessments/new?${new URLSearchParams({ ...(s.areaId ? { areaId: s.areaId } : {}), signalId: s.id }).toString()}`;
  return (
    <>
      <TensionNav />
      <PageHeading hasError={formHasErrors}>{t('tension.signalPage.heading', { title: signalTitle(s, t, lang) })}</PageHeading>
      <p className="lead">
        <SignalLevel level={s.level} /> – {s.reason}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('tension.signalPage.area')}</dt>
          <dd>{s.areaName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <abbr title={t('glossary.strand')}>{t('tension.signalPage.strand')}</abbr>
          </dt>
          <dd>{strand}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.signalPage.day')}</dt>
          <dd>{formatDay(s.day, lang)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.signalPage.observed')}</dt>
          <dd>
            <strong>{t('tension.signal.ratio', { ratio: formatRatio(s.ratio, lang) })}</strong>{' '}
            {t('tension.signalPage.observedDetail', { observed: s.observed, expected: formatCount(s.expected, lang), upper: formatCount(s.upper, lang) })}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.signalPage.raised')}</dt>
          <dd>{formatDateTime(s.raisedAt, lang)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.signalPage.status')}</dt>
          <dd>
            <strong>{t(`tension.signal.status.${s.status}`)}</strong>
            {s.statusBy && s.statusAt && <> – {t('tension.signalPage.statusBy', { name: s.statusBy, when: formatDateTime(s.statusAt, lang) })}</>}
            {s.statusReason && (
              <span className="signal-status-reason" dir="auto">
                {' '}
                – {s.statusReason}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <p className="form-hint">{t('tension.signalPage.method')}</p>

      <h2>{t('tension.signalPage.countsHeading')}</h2>
      <SignalSeries signal={s} />

      <h2>{t('tension.signalPage.reportsHeading')}</h2>
      <SignalReports signal={s} />

      {canAssess && (
        <>
          <SignalDecisionForm signal={s} onErrors={setFormHasErrors} />
          <p>
            <Link className="button button--secondary" to={newAssessment}>
              {t('tension.signalPage.assess')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
