import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import type { AssessmentSummary } from '../types.ts';
import { TrendText } from './trend-text.tsx';

/** The id of the notice's button, where the error summary's link lands. */
export const CONFLICT_BUTTON = 'assess-conflict-accept';

/**
 * Someone else recorded an assessment of the same area and community while this one was being
 * written. The author reads theirs, then either records their own on top of it or changes it first.
 */
export function ConflictNotice({ newer, onAccept }: { newer: AssessmentSummary; onAccept: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice notice--error conflict-notice" role="alert">
      <h2 className="conflict-notice__heading">{t('tension.form.conflictHeading')}</h2>
      <p>
        {t('tension.form.conflictBody', { name: newer.assessedBy, when: formatDateTime(newer.assessedAt, i18n.resolvedLanguage), level: newer.levelLabel })}{' '}
        <TrendText trend={newer.trend} />.
      </p>
      <p>
        <Link to={`/tension/assessments/${newer.id}`} target="_blank" rel="noopener">
          {t('tension.form.conflictRead')}
        </Link>
      </p>
      <p>{t('tension.form.conflictNext')}</p>
      <button id={CONFLICT_BUTTON} type="button" className="button button--secondary" onClick={onAccept}>
        {t('tension.form.conflictAccept')}
      </button>
    </div>
  );
}
