import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { contactQueryOptions } from '../api/get-report.ts';
import { languageName } from '../labels.ts';
import { oneOf, preferredMethods } from '../options.ts';
import { CaseSection } from './case-forms.tsx';

function Details({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation();
  const contact = useQuery(contactQueryOptions(reportId));
  const ref = useRef<HTMLDListElement>(null);
  const none = t('app.none');

  useEffect(() => {
    if (contact.data) {
      ref.current?.focus();
    }
  }, [contact.data]);

  if (contact.isPending) {
    return <Loading />;
  }
  if (contact.isError) {
    return <QueryError error={contact.error} onRetry={() => void contact.refetch()} />;
  }
  const c = contact.data;
  const method = oneOf(preferredMethods, c.preferredMethod);
  const needs = [c.needsInterpreter && t('caseView.contact.interpreter'), c.needsTextRelay && t('caseView.contact.textRelay')].filter(Boolean).join(', ');
  return (
    <dl className="summary-list contact-details" ref={ref} tabIndex={-1} aria-label={t('caseView.contact.shownLabel')}>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.name')}</dt>
        <dd dir="auto">{c.name}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.phone')}</dt>
        <dd>{c.phone ? <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a> : none}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.email')}</dt>
        <dd className="break">{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : none}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.preferred')}</dt>
        <dd>{method ? t(`cases.preferredMethod.${method}`) : none}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.bestTimes')}</dt>
        <dd dir="auto">{c.bestTimes ?? none}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.language')}</dt>
        <dd>{c.language ? languageName(c.language, i18n.resolvedLanguage) : none}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.needs')}</dt>
        <dd>{needs ? <strong>{needs}</strong> : none}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('caseView.contact.notes')}</dt>
        <dd dir="auto">{c.notes ?? none}</dd>
      </div>
    </dl>
  );
}

/** The reporter's contact details, fetched only when asked for: every read is written to the audit log. */
export function CaseContact({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const showButton = useRef<HTMLButtonElement>(null);

  return (
    <CaseSection id="contact" title={t('caseView.contact.title')}>
      {report.anonymous || !report.hasContactDetails ? (
        <p>{report.anonymous ? t('caseView.contact.anonymous') : t('caseView.contact.noneGiven')}</p>
      ) : shown ? (
        <>
          <Details reportId={report.id} />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setShown(false);
              window.setTimeout(() => showButton.current?.focus(), 0);
            }}
          >
            {t('caseView.contact.hide')}
          </button>
        </>
      ) : (
        <>
          <p className="form-hint" id="contact-audit-hint">
            {t('caseView.contact.auditHint')}
          </p>
          <button ref={showButton} type="button" className="button button--secondary" aria-describedby="contact-audit-hint" onClick={() => setShown(true)}>
            {t('caseView.contact.show')}
          </button>
        </>
      )}
    </CaseSection>
  );
}
