import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { periodText } from '../summary-text.ts';
import type { TensionSummaryResponse } from '../types.ts';
import { StatusBadge } from './status-badge.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who did each step and when: compiled, last edited, approved, issued (and superseded). */
function Steps({ summary }: { summary: TensionSummaryResponse }) {
  const { t, i18n } = useTranslation();
  const when = (at: string) => formatDateTime(at, i18n.resolvedLanguage);
  const step = (name: string | null, at: string | null) => (name && at ? t('returns.summary.byWhen', { name, when: when(at) }) : t('returns.summary.notYet'));
  return (
    <>
      <Row label={t('returns.summary.compiled')}>{step(summary.compiledBy, summary.compiledAt)}</Row>
      <Row label={t('returns.summary.edited')}>
        {summary.editedBy && summary.editedAt ? t('returns.summary.editedDetail', { name: summary.editedBy, when: when(summary.editedAt), revision: summary.revision }) : t('returns.summary.notEdited')}
      </Row>
      <Row label={t('returns.summary.approved')}>{step(summary.approvedBy, summary.approvedAt)}</Row>
      <Row label={t('returns.summary.issued')}>{step(summary.issuedBy, summary.issuedAt)}</Row>
    </>
  );
}

/** The facts about one version of a return: period, version, status, and its history. */
export function SummaryHeader({ summary }: { summary: TensionSummaryResponse }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <dl className="summary-list summary-list--header">
      <Row label={t('returns.summary.periodHeading')}>
        {periodText(summary, t, lang)}
        <span className="table-detail">{t(`returns.summary.cadence.${summary.cadence}`, { days: summary.days })}</span>
      </Row>
      <Row label={t('returns.summary.statusHeading')}>
        <StatusBadge status={summary.status} />
        {summary.supersededBy && (
          <span className="table-detail">
            {t('returns.summary.supersededBy', { version: summary.supersededBy.version, when: summary.supersededAt ? formatDateTime(summary.supersededAt, lang) : '' })}{' '}
            <Link to={`/returns/tension-summaries/${summary.supersededBy.id}`}>{t('returns.summary.readVersion', { version: summary.supersededBy.version })}</Link>
          </span>
        )}
      </Row>
      <Row label={t('returns.summary.version')}>
        {summary.corrects ? (
          <>
            {t('returns.summary.correction', { version: summary.version, corrects: summary.corrects.version })}{' '}
            <Link to={`/returns/tension-summaries/${summary.corrects.id}`}>{t('returns.summary.readVersion', { version: summary.corrects.version })}</Link>
            <span className="table-detail">{t('returns.summary.correctionReason', { reason: summary.corrects.reason })}</span>
          </>
        ) : (
          t('returns.summary.original', { version: summary.version })
        )}
      </Row>
      <Row label={t('returns.summary.dataAsOf')}>{formatDateTime(summary.compiled.dataAsOf, lang)}</Row>
      <Steps summary={summary} />
    </dl>
  );
}
