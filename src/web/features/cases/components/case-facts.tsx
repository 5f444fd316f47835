import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { strandList } from '../labels.ts';
import { oneOf, religions, reporterRoles } from '../options.ts';
import { CaseSection } from './case-forms.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd className="break">{children}</dd>
    </div>
  );
}

/** When, where and who: the report's facts as the reporter gave them. */
export function CaseFacts({ report }: { report: ReportDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('app.none');
  const religion = oneOf(religions, report.perceivedReligion);
  const role = oneOf(reporterRoles, report.reporterRole);
  const { location } = report;
  const place = [location.description, location.postcode, location.neighbourhoodName, location.areaName].filter(Boolean).join(', ');

  return (
    <CaseSection id="facts" title={t('caseView.facts.title')}>
      <dl className="summary-list">
        <Row label={t('caseView.facts.when')}>
          {report.occurredApproximate && `${t('caseView.facts.roughly')} `}
          <time dateTime={report.occurredAt}>{formatDateTime(report.occurredAt, i18n.resolvedLanguage)}</time>
          {report.occurredNote && (
            <>
              {' '}
              (<span dir="auto">{report.occurredNote}</span>)
            </>
          )}
          {report.ongoing && (
            <>
              {' '}
              – <strong>{t('caseView.facts.ongoing')}</strong>
            </>
          )}
        </Row>
        <Row label={t('caseView.facts.strands')}>{report.strands.length > 0 ? strandList(report.strands, t) : none}</Row>
        {religion && <Row label={t('caseView.facts.religion')}>{t(`cases.religion.${religion}`)}</Row>}
        <Row label={t('caseView.facts.where')}>
          {report.online ? t('caseView.facts.online', { platform: report.onlinePlatform ?? t('caseView.facts.platformUnknown') }) : null}
          {report.online && place ? ' – ' : null}
          {place ? <span dir="auto">{place}</span> : report.online ? null : none}
          {location.latitude !== null && location.longitude !== null && (
            <span className="form-hint">
              {' '}
              ({location.latitude.toFixed(5)}, {location.longitude.toFixed(5)})
            </span>
          )}
        </Row>
        <Row label={t('caseView.facts.offender')}>{report.offenderDescription ? <span dir="auto">{report.offenderDescription}</span> : none}</Row>
        <Row label={t('caseView.facts.witnesses')}>{report.witnesses ? <span dir="auto">{report.witnesses}</span> : none}</Row>
        <Row label={t('caseView.facts.reporter')}>
          {role ? t(`cases.reporterRole.${role}`) : report.reporterRole}
          {report.anonymous && ` – ${t('caseView.facts.anonymous')}`}
        </Row>
        {(report.organisation || report.partnerOrganisation) && (
          <Row label={t('caseView.facts.organisation')}>{[report.organisation, report.partnerOrganisation].filter((o, i, all) => o && all.indexOf(o) === i).join(' · ')}</Row>
        )}
      </dl>
    </CaseSection>
  );
}
