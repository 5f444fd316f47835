import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import type { AssessmentList, AssessmentSummary } from '../types.ts';
import { levelOf } from '../labels.ts';
import { LevelTag } from './level-tag.tsx';
import { ReviewDue } from './review-due.tsx';
import { TrendText } from './trend-text.tsx';

type Props = {
  list: AssessmentList;
  caption: string;
  /** Every assessment, newest first, with whether each is still current; otherwise the current ones, highest level first. */
  history: boolean;
};

const byLevel = (a: AssessmentSummary, b: AssessmentSummary) =>
  b.levelRank - a.levelRank || a.areaName.localeCompare(b.areaName) || (a.communityName ?? '').localeCompare(b.communityName ?? '');

/** Assessments per area and community: level, trend, who assessed and when, and when the next review is due. */
export function AssessmentsTable({ list, caption, history }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const items = history ? list.items : [...list.items].sort(byLevel);
  return (
    <div className="table-scroll" role="region" aria-labelledby="assessments-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="assessments-caption" className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tension.assessments.area')}</th>
            <th scope="col">{t('tension.assessments.community')}</th>
            <th scope="col">{t('tension.assessments.level')}</th>
            <th scope="col">{t('tension.assessments.trend')}</th>
            <th scope="col">{t('tension.assessments.assessed')}</th>
            <th scope="col">{t('tension.assessments.nextReview')}</th>
            {history && <th scope="col">{t('tension.assessments.state')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`/tension/assessments/${a.id}`}>{a.areaName}</Link>
              </th>
              <td>{a.communityName ?? t('tension.assessments.wholeArea')}</td>
              <td className="nowrap">
                <LevelTag label={a.levelLabel} colour={levelOf(list.scale, a.level)?.colour ?? null} />
              </td>
              <td className="nowrap">
                <TrendText trend={a.trend} />
              </td>
              <td>
                <time dateTime={a.assessedAt}>{formatDateTime(a.assessedAt, lang)}</time>
                <span className="table-detail">{a.assessedBy}</span>
              </td>
              <td>{a.supersededBy ? t('app.none') : <ReviewDue at={a.nextReviewAt} overdue={a.reviewOverdue} />}</td>
              {history && <td>{a.supersededBy ? t('tension.assessments.superseded') : <strong>{t('tension.assessments.current')}</strong>}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
