import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import type { AssessmentChanges } from '../types.ts';
import { evidenceCategories, oneOf, trends } from '../options.ts';

const fieldKeys = ['level', 'trend', 'summary', 'keyTriggers', 'actions', 'partnersInformed', 'nextReviewAt'] as const;

/** A changed value as the reader expects it: a trend's word, a time in London; anything else as sent. */
function shown(field: string, value: string, t: TFunction, language: string | undefined): string {
  if (!value) {
    return t('app.none');
  }
  const trend = field === 'trend' ? oneOf(trends, value) : undefined;
  if (trend) {
    return t(`tension.trend.${trend}`);
  }
  if (field === 'nextReviewAt' && !Number.isNaN(Date.parse(value))) {
    return formatDateTime(value, language);
  }
  return value;
}

/** "experienced: Residents afraid…" as the category's own word, then the description. */
function evidenceText(entry: string, t: TFunction): string {
  const [head = '', ...rest] = entry.split(': ');
  const category = oneOf(evidenceCategories, head);
  return category && rest.length > 0 ? `${t(`tension.eep.${category}`)}: ${rest.join(': ')}` : entry;
}

/** "What changed since the previous assessment": each changed field before and after, and the evidence added or removed. */
export function AssessmentChangesSection({ changes, hasPrevious }: { changes: AssessmentChanges; hasPrevious: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  if (!hasPrevious) {
    return <p>{t('tension.assessment.firstAssessment')}</p>;
  }
  const nothing = changes.fields.length === 0 && changes.evidenceAdded.length === 0 && changes.evidenceRemoved.length === 0;
  if (nothing) {
    return <p>{t('tension.assessment.noChanges')}</p>;
  }
  return (
    <>
      {changes.fields.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="changes-caption" tabIndex={0}>
          <table className="table table--dense">
            <caption id="changes-caption" className="visually-hidden">
              {t('tension.assessment.changesCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('tension.assessment.changedField')}</th>
                <th scope="col">{t('tension.assessment.before')}</th>
                <th scope="col">{t('tension.assessment.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.fields.map((c) => {
                const key = oneOf(fieldKeys, c.field);
                return (
                  <tr key={c.field}>
                    <th scope="row">{key ? t(`tension.assessment.fields.${key}`) : c.field}</th>
                    <td className="break" dir="auto">
                      {shown(c.field, c.before, t, lang)}
                    </td>
                    <td className="break" dir="auto">
                      {shown(c.field, c.after, t, lang)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {changes.evidenceAdded.length > 0 && (
        <>
          <h3>{t('tension.assessment.evidenceAdded')}</h3>
          <ul className="list list--bullet">
            {changes.evidenceAdded.map((e) => (
              <li key={e} dir="auto">
                {evidenceText(e, t)}
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.evidenceRemoved.length > 0 && (
        <>
          <h3>{t('tension.assessment.evidenceRemoved')}</h3>
          <ul className="list list--bullet">
            {changes.evidenceRemoved.map((e) => (
              <li key={e} dir="auto">
                {evidenceText(e, t)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
