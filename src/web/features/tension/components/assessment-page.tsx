import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { assessmentQueryOptions } from '../api/assessments.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { levelOf } from '../labels.ts';
import { ActionsTable } from './actions-table.tsx';
import { AssessmentChangesSection } from './assessment-changes.tsx';
import { AssessmentEvidence } from './assessment-evidence.tsx';
import { LevelTag } from './level-tag.tsx';
import { ReviewDue } from './review-due.tsx';
import { TensionNav } from './tension-nav.tsx';
import { TrendText } from './trend-text.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/** What the new-assessment page leaves in the history state, to say it was saved. */
export type AssessmentRecordedState = { recordedAssessment: string };

function isRecordedState(value: unknown): value is AssessmentRecordedState {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).recordedAssessment === 'string';
}

function TextList({ items }: { items: readonly string[] }) {
  const { t } = useTranslation();
  return items.length === 0 ? (
    <p>{t('tension.actions.none')}</p>
  ) : (
    <ul className="list list--bullet">
      {items.map((item) => (
        <li key={item} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** One tension assessment in full: level and trend, the EEP evidence, triggers, actions, partners, and what changed. */
export function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const assessment = useQuery(assessmentQueryOptions(id));
  const map = useQuery(tensionMapQueryOptions);

  if (assessment.isPending || assessment.isError) {
    const notFound = assessment.isError && isApiError(assessment.error, 404);
    return (
      <>
        <TensionNav />
        <PageHeading>{notFound ? t('tension.assessment.notFound') : t('tension.assessment.loadingTitle')}</PageHeading>
        {assessment.isPending ? (
          <Loading />
        ) : notFound ? (
          <Link to="/tension/assessments">{t('tension.assessment.toList')}</Link>
        ) : (
          <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />
        )}
      </>
    );
  }

  const a = assessment.data;
  const where = a.communityName ? t('tension.assessment.whereCommunity', { area: a.areaName, community: a.communityName }) : a.areaName;
  const colour = levelOf(map.data?.scale ?? [], a.level)?.colour ?? null;
  const again = `/tension/assessments/new?${new URLSearchParams({ areaId: a.areaId, ...(a.communityId ? { communityId: a.communityId } : {}) }).toString()}`;
  const justRecorded = isRecordedState(location.state) && location.state.recordedAssessment === a.id;

  return (
    <>
      <TensionNav />
      <PageHeading>{t('tension.assessment.title', { where, when: formatDateTime(a.assessedAt, lang) })}</PageHeading>
      {justRecorded && (
        <p className="notice notice--ok" role="status">
          {t('tension.assessment.recorded')}
        </p>
      )}
      {a.supersededBy && (
        <p className="notice">
          {t('tension.assessment.supersededNotice')} <Link to={`/tension/assessments/${a.supersededBy}`}>{t('tension.assessment.seeCurrent')}</Link>
        </p>
      )}
      <dl className="summary-list summary-list--header">
        <div className="summary-list__row">
          <dt>{t('tension.assessments.level')}</dt>
          <dd>
            <LevelTag label={a.levelLabel} colour={colour} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.assessments.trend')}</dt>
          <dd>
            <TrendText trend={a.trend} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.assessments.assessed')}</dt>
          <dd>{t('tension.assessment.by', { name: a.assessedBy, when: formatDateTime(a.assessedAt, lang) })}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.assessments.nextReview')}</dt>
          <dd>{a.supersededBy ? t('tension.assessments.superseded') : <ReviewDue at={a.nextReviewAt} overdue={a.reviewOverdue} />}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('tension.assessment.previous')}</dt>
          <dd>{a.supersedes ? <Link to={`/tension/assessments/${a.supersedes}`}>{t('tension.assessment.seePrevious')}</Link> : t('tension.assessment.noPrevious')}</dd>
        </div>
      </dl>
      {!a.supersededBy && hasPermission(me, 'tension:assess') && (
        <p>
          <Link className="button button--secondary" to={again}>
            {t('tension.assessment.reassess')}
          </Link>
        </p>
      )}

      <h2>{t('tension.assessment.summaryHeading')}</h2>
      <p className="prose" dir="auto">
        {a.summary}
      </p>

      <h2>
        <abbr title={t('tension.glossary.eep')}>{t('tension.assessment.evidenceHeading')}</abbr>
      </h2>
      <AssessmentEvidence evidence={a.evidence} />

      <h2>{t('tension.assessment.triggersHeading')}</h2>
      <TextList items={a.keyTriggers} />

      <h2>{t('tension.assessment.actionsHeading')}</h2>
      <ActionsTable id="assessment-actions" caption={t('tension.assessment.actionsHeading')} actions={a.actions} />

      <h2>{t('tension.assessment.partnersHeading')}</h2>
      <TextList items={a.partnersInformed} />

      <h2>{t('tension.assessment.changesHeading')}</h2>
      <AssessmentChangesSection changes={a.changes} hasPrevious={a.supersedes !== null} />
    </>
  );
}
