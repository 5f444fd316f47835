import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { assessmentsQueryOptions } from '../api/assessments.ts';
import { ciasQueryOptions } from '../api/cias.ts';
import { signalsQueryOptions, useScanSignals } from '../api/signals.ts';
import { SignalList } from './signal-list.tsx';
import { ReviewDue } from './review-due.tsx';

const CIAS_SHOWN = 5;

/** The open signals, red first, and (for assessors) a button to count the reports again now. */
export function OpenSignalsPanel({ canAssess }: { canAssess: boolean }) {
  const { t } = useTranslation();
  const signals = useQuery(signalsQueryOptions({ status: 'open' }));
  const scan = useScanSignals();
  const [scanned, setScanned] = useState('');
  return (
    <section className="picture-panel" aria-labelledby="signals-heading">
      <h2 id="signals-heading">{signals.data ? t('tension.picture.signalsHeadingCount', { n: signals.data.length }) : t('tension.picture.signalsHeading')}</h2>
      <p className="form-hint">{t('tension.picture.signalsHint')}</p>
      {signals.isPending && <Loading />}
      {signals.isError && <QueryError error={signals.error} onRetry={() => void signals.refetch()} />}
      {signals.data && <SignalList signals={signals.data} emptyText={t('tension.picture.noSignals')} />}
      {canAssess && (
        <div className="picture-panel__tools">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={scan.isPending || undefined}
            onClick={() => {
              if (!scan.isPending) {
                scan.mutate(undefined, { onSuccess: (result) => setScanned(t('tension.picture.scanned', { series: result.series, raised: result.raised, updated: result.updated })) });
              }
            }}
          >
            {scan.isPending ? t('tension.picture.scanning') : t('tension.picture.scan')}
          </button>
          <p className="form-hint" role="status">
            {scanned}
          </p>
          {scan.isError && <QueryError error={scan.error} />}
        </div>
      )}
    </section>
  );
}

/** Assessments whose review date has passed: the areas (and communities) that need someone to look again. */
export function OverdueReviewsPanel({ canAssess }: { canAssess: boolean }) {
  const { t } = useTranslation();
  const current = useQuery(assessmentsQueryOptions({}));
  const overdue = (current.data?.items ?? []).filter((a) => a.reviewOverdue && a.supersededBy === null).sort((a, b) => a.nextReviewAt.localeCompare(b.nextReviewAt));
  return (
    <section className="picture-panel" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{t('tension.picture.overdueHeading')}</h2>
      {current.isPending && <Loading />}
      {current.isError && <QueryError error={current.error} onRetry={() => void current.refetch()} />}
      {current.data &&
        (overdue.length === 0 ? (
          <p>{t('tension.picture.noOverdue')}</p>
        ) : (
          <ul className="picture-list">
            {overdue.map((a) => (
              <li key={a.id}>
                <Link to={`/tension/assessments/${a.id}`}>{a.communityName ? t('tension.assessment.whereCommunity', { area: a.areaName, community: a.communityName }) : a.areaName}</Link> – {a.levelLabel}
                <span className="picture-list__detail">
                  <ReviewDue at={a.nextReviewAt} overdue />
                </span>
                {canAssess && (
                  <Link className="picture-list__action" to={`/tension/assessments/new?${new URLSearchParams({ areaId: a.areaId, ...(a.communityId ? { communityId: a.communityId } : {}) }).toString()}`}>
                    {t('tension.picture.reviewNow')}
                    <span className="visually-hidden"> – {a.areaName}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** The Community Impact Assessments most in need of attention (review overdue, then soonest), and the way to all of them. */
export function CiasPanel() {
  const { t } = useTranslation();
  const cias = useQuery(ciasQueryOptions);
  const list = [...(cias.data ?? [])].sort((a, b) => Number(b.reviewOverdue) - Number(a.reviewOverdue) || a.nextReviewAt.localeCompare(b.nextReviewAt));
  return (
    <section className="picture-panel" aria-labelledby="cias-heading">
      <h2 id="cias-heading">
        <abbr title={t('tension.glossary.cia')}>{t('tension.picture.ciasHeading')}</abbr>
      </h2>
      {cias.isPending && <Loading />}
      {cias.isError && <QueryError error={cias.error} onRetry={() => void cias.refetch()} />}
      {cias.data &&
        (list.length === 0 ? (
          <p>{t('tension.cias.empty')}</p>
        ) : (
          <ul className="picture-list">
            {list.slice(0, CIAS_SHOWN).map((c) => (
              <li key={c.id}>
                <Link to={`/tension/cias/${c.id}`}>{c.title}</Link> – {c.status === 'signed_off' ? t('tension.cia.signedOffYes') : t('tension.cia.draft')}
                <span className="picture-list__detail">
                  {t('tension.picture.ciaReview')} <ReviewDue at={c.nextReviewAt} overdue={c.reviewOverdue} />
                </span>
              </li>
            ))}
          </ul>
        ))}
      <p>
        <Link to="/tension/cias">{cias.data ? t('tension.picture.allCiasCount', { n: list.length }) : t('tension.picture.allCias')}</Link>
      </p>
    </section>
  );
}
