import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { assigneeText, shortStrandList } from '../../cases/labels.ts';
import { complianceQueueQueryOptions } from '../api/compliance.ts';
import { ReviewPanel } from './review-panel.tsx';
import '../../../styles/cases.css';

type Outcome = { reference: string; outcome: 'compliant' | 'returned' | null };

/** Hate incidents waiting for the Force Hate Crime Officer's review (seed 002 §13), oldest first. */
export function CompliancePage() {
  const { t, i18n } = useTranslation();
  const queue = useQuery(complianceQueueQueryOptions);
  const [openId, setOpenId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const open = queue.data?.items.find((i) => i.id === openId);

  function done(result: Outcome) {
    setOpenId(null);
    setOutcome(result);
    window.setTimeout(() => outcomeRef.current?.focus(), 0);
  }

  function close() {
    const id = openId;
    setOpenId(null);
    window.setTimeout(() => (id ? document.getElementById(`review-button-${id}`)?.focus() : undefined), 0);
  }

  return (
    <>
      <PageHeading>{t('compliance.title')}</PageHeading>
      <p>{t('compliance.intro')}</p>
      <div ref={outcomeRef} tabIndex={-1} role="status">
        {outcome && (
          <p className={`notice${outcome.outcome === 'compliant' ? ' notice--ok' : ''}`}>
            {outcome.outcome === 'compliant'
              ? t('compliance.doneCompliant', { reference: outcome.reference })
              : t('compliance.doneReturned', { reference: outcome.reference })}
          </p>
        )}
      </div>
      {queue.isPending && <Loading />}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data &&
        (queue.data.items.length === 0 ? (
          <p>{t('compliance.empty')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="compliance-caption" tabIndex={0}>
            <table className="table table--dense">
              <caption id="compliance-caption" className="table__caption">
                {t('compliance.caption', { n: queue.data.items.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('queue.reference')}</th>
                  <th scope="col">{t('queue.received')}</th>
                  <th scope="col">{t('queue.kind')}</th>
                  <th scope="col">{t('queue.strands')}</th>
                  <th scope="col">{t('reportList.status')}</th>
                  <th scope="col">{t('queue.assigned')}</th>
                  <th scope="col">{t('compliance.lastReview')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('links.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {queue.data.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="nowrap">
                      <Link to={`/reports/${item.id}`}>{item.reference}</Link>
                    </th>
                    <td className="nowrap">{formatDateTime(item.receivedAt, i18n.resolvedLanguage)}</td>
                    <td>{t(`cases.kind.${item.kind}`)}</td>
                    <td>{shortStrandList(item.strands, t)}</td>
                    <td>{t(`cases.status.${item.status}`)}</td>
                    <td>{assigneeText(item, t)}</td>
                    <td>{item.lastOutcome ? t('compliance.changedSince', { outcome: t(`compliance.outcome.${item.lastOutcome}`) }) : t('compliance.notReviewed')}</td>
                    <td>
                      <button
                        type="button"
                        id={`review-button-${item.id}`}
                        className="button button--secondary button--small"
                        aria-expanded={openId === item.id}
                        aria-controls={openId === item.id ? 'review-panel' : undefined}
                        onClick={() => setOpenId(openId === item.id ? null : item.id)}
                      >
                        {t('compliance.review')}
                        <span className="visually-hidden"> {item.reference}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {open && queue.data && (
        <div id="review-panel">
          <ReviewPanel key={open.id} item={open} checklist={queue.data.checklist} onDone={done} onClose={close} />
        </div>
      )}
    </>
  );
}
