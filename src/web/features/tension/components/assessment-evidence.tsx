import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EvidenceResponse } from '../types.ts';
import { formatDay } from '../labels.ts';
import { evidenceCategories } from '../options.ts';

/**
 * The evidence of an assessment under the three headings of the EEP model, each with what it means,
 * and each item with its source, how reliable that is, and the report or signal it came from.
 */
export function AssessmentEvidence({ evidence }: { evidence: readonly EvidenceResponse[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  if (evidence.length === 0) {
    return <p>{t('tension.assessment.noEvidence')}</p>;
  }
  return (
    <>
      {evidenceCategories.map((category) => {
        const items = evidence.filter((e) => e.category === category);
        return (
          <section key={category} className="evidence-group" aria-labelledby={`evidence-${category}-heading`}>
            <h3 id={`evidence-${category}-heading`}>
              {t(`tension.eep.${category}`)} <span className="evidence-group__count">({items.length})</span>
            </h3>
            <p className="form-hint">{t(`tension.eep.${category}Hint`)}</p>
            {items.length === 0 ? (
              <p>{t('tension.assessment.noneInCategory')}</p>
            ) : (
              <ul className="evidence-list">
                {items.map((e) => (
                  <li key={e.id} className="evidence-list__item">
                    <p className="evidence-list__text" dir="auto">
                      {e.description}
                    </p>
                    <p className="evidence-list__meta">
                      {t('tension.assessment.evidenceMeta', { source: e.source, reliability: t(`tension.reliability.${e.reliability}`), day: formatDay(e.observedOn, lang) })}
                      {e.reportId && (
                        <>
                          {' – '}
                          <Link to={`/reports/${e.reportId}`}>{t('tension.assessment.report', { reference: e.reportReference ?? t('tension.assessment.aReport') })}</Link>
                        </>
                      )}
                      {e.signalId && (
                        <>
                          {' – '}
                          <Link to={`/tension/signals/${e.signalId}`}>{t('tension.assessment.signal')}</Link>
                          {e.signalReason && e.signalReason !== e.description && <span className="evidence-list__signal"> ({e.signalReason})</span>}
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
