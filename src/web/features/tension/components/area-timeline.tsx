import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { Timeline, type TimelineItem } from '../../../components/timeline.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { timelineQueryOptions } from '../api/picture.ts';
import type { MapArea, TimelineItemKind } from '../types.ts';
import { levelOf } from '../labels.ts';
import { LevelTag } from './level-tag.tsx';
import { TrendText } from './trend-text.tsx';
import type { TensionLevel } from '../types.ts';

const DAYS = 28;

const hrefOf: Record<TimelineItemKind, (id: string) => string> = {
  report: (id) => `/reports/${id}`,
  signal: (id) => `/tension/signals/${id}`,
  assessment: (id) => `/tension/assessments/${id}`,
  cia: (id) => `/tension/cias/${id}`,
};

/** The chosen area: its level, what to do next, and everything that happened there in the last four weeks. */
export function AreaTimeline({ area, scale }: { area: MapArea; scale: readonly TensionLevel[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const timeline = useQuery(timelineQueryOptions(area.id, DAYS));
  const items: TimelineItem[] = (timeline.data?.items ?? []).map((item) => ({
    id: `${item.kind}-${item.id}`,
    at: item.at,
    kind: item.kind,
    kindLabel: t(`tension.timeline.kind.${item.kind}`),
    title: item.title,
    detail: item.detail,
    href: hrefOf[item.kind](item.id),
  }));
  return (
    <section className="area-panel" aria-labelledby="area-panel-heading">
      <h2 id="area-panel-heading" tabIndex={-1}>
        {t('tension.picture.areaHeading', { area: area.name, days: DAYS })}
      </h2>
      <p>
        <LevelTag label={area.levelLabel} colour={area.colour ?? levelOf(scale, area.level)?.colour ?? null} />
        {area.trend && (
          <>
            {' – '}
            <TrendText trend={area.trend} />
          </>
        )}
      </p>
      <ul className="inline-list">
        <li>
          <Link to={`/tension/assessments?areaId=${area.id}`}>{t('tension.picture.areaAssessments')}</Link>
        </li>
        {hasPermission(me, 'tension:assess') && (
          <li>
            <Link to={`/tension/assessments/new?areaId=${area.id}`}>{t('tension.picture.assessArea', { area: area.name })}</Link>
          </li>
        )}
      </ul>
      {timeline.isPending && <Loading />}
      {timeline.isError && <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.data && (
        <div aria-busy={timeline.isPlaceholderData || undefined}>
          <Timeline items={items} emptyText={t('tension.picture.timelineEmpty', { days: DAYS })} />
        </div>
      )}
    </section>
  );
}
